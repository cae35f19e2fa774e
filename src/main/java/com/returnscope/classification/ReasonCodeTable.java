package com.returnscope.classification;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.returnscope.domain.Reason;
import com.returnscope.policy.Policy;
import com.returnscope.policy.PolicyException;
import org.jspecify.annotations.Nullable;

/**
 * The platforms' reason codes, looked up whatever the platform: exports decorate codes
 * ({@code DEFECTIVE(存在瑕疵)}, {@code CR-MISSING_PARTS}, {@code "arrived damaged"}), so both
 * the table and the input are reduced to one canonical form first. A code the table does
 * not map, or maps as deliberately unmapped, falls through to the buyer's text.
 */
final class ReasonCodeTable {

	private final List<String> prefixes;

	private final Map<String, Reason> reasons = new HashMap<>();

	ReasonCodeTable(Policy policy) {
		this.prefixes = policy.reasonCodes().stripPrefixes().stream().map(ReasonCodeTable::canonical).toList();
		Set<String> unmapped = new HashSet<>();
		Map<String, String> firstSeen = new HashMap<>();
		List<Policy.CodeTable> tables = policy.reasonCodes().tables();
		for (int t = 0; t < tables.size(); t++) {
			Policy.CodeTable table = tables.get(t);
			String key = policy.parts().reasonCodes() + ": tables[" + t + "]";
			for (Map.Entry<String, String> entry : table.codes().entrySet()) {
				String where = key + ".codes." + entry.getKey();
				String code = normalize(entry.getKey());
				if (code.isEmpty()) {
					throw new PolicyException(where, "the code is empty once normalised");
				}
				Reason reason = policy.reason(entry.getValue(), where);
				Reason earlier = this.reasons.putIfAbsent(code, reason);
				if (earlier != null && !earlier.equals(reason)) {
					throw new PolicyException(where, "maps " + code + " to " + reason + " but " + firstSeen.get(code)
							+ " maps it to " + earlier);
				}
				firstSeen.putIfAbsent(code, where);
			}
			if (table.unmapped() != null) {
				table.unmapped().stream().map(this::normalize).forEach(unmapped::add);
			}
		}
		for (String code : unmapped) {
			if (this.reasons.containsKey(code)) {
				throw new PolicyException(policy.parts().reasonCodes(),
						code + " is listed as unmapped but " + firstSeen.get(code) + " maps it");
			}
		}
	}

	@Nullable Reason lookup(String code) {
		return this.reasons.get(normalize(code));
	}

	/**
	 * NFKC, upper case, cut at the first parenthesis, every run of other characters than
	 * letters and digits made one underscore, then a known prefix removed.
	 */
	String normalize(String code) {
		String canonical = canonical(code);
		for (String prefix : this.prefixes) {
			if (canonical.length() > prefix.length() + 1 && canonical.startsWith(prefix + "_")) {
				return canonical.substring(prefix.length() + 1);
			}
		}
		return canonical;
	}

	private static String canonical(String code) {
		String text = Normalizer.normalize(code, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
		int paren = text.indexOf('(');
		if (paren >= 0) {
			text = text.substring(0, paren);
		}
		StringBuilder out = new StringBuilder(text.length());
		boolean gap = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				if (gap && !out.isEmpty()) {
					out.append('_');
				}
				out.append(c);
				gap = false;
			}
			else {
				gap = true;
			}
		}
		return out.toString();
	}

}
