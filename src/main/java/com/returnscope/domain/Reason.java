package com.returnscope.domain;

/**
 * A category and one of its subreasons, written {@code CATEGORY/SUBREASON} in the policy
 * file. {@link #UNCLASSIFIED} has an empty subreason.
 */
public record Reason(Category category, String subreason) {

	public static final Reason UNCLASSIFIED = new Reason(Category.UNCLASSIFIED, "");

	/**
	 * Parses {@code CATEGORY/SUBREASON}; throws {@link IllegalArgumentException} with a
	 * message fit for the user when the text has another shape or an unknown category.
	 */
	public static Reason parse(String text) {
		int slash = text.indexOf('/');
		if (slash <= 0 || slash == text.length() - 1) {
			throw new IllegalArgumentException("'" + text + "' is not CATEGORY/SUBREASON");
		}
		String category = text.substring(0, slash).trim();
		try {
			return new Reason(Category.valueOf(category), text.substring(slash + 1).trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'" + category + "' is not a category");
		}
	}

	@Override
	public String toString() {
		return this.subreason.isEmpty() ? this.category.name() : this.category + "/" + this.subreason;
	}

}
