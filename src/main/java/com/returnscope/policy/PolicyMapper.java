package com.returnscope.policy;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The strict YAML binding shared by every file validated like the policy: kebab-case
 * keys, an unknown or duplicated key is an error, and errors name the key path.
 */
final class PolicyMapper {

	private static final ObjectMapper MAPPER = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
				DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private PolicyMapper() {
	}

	static <T> T read(byte[] yaml, Class<T> type) {
		try {
			return MAPPER.readValue(yaml, type);
		}
		catch (JacksonException ex) {
			throw translate(ex, "");
		}
	}

	/** Binds a section where every key must be written out (a rule's settings). */
	static <T> T bind(JsonNode node, Class<T> type, String prefix) {
		try {
			return MAPPER.readerFor(type)
				.with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
						DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
				.readValue(node);
		}
		catch (JacksonException ex) {
			throw translate(ex, prefix);
		}
	}

	private static PolicyException translate(JacksonException ex, String prefix) {
		String problem = problem(ex);
		if (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) {
			problem = problem + " (line " + ex.getLocation().getLineNr() + ")";
		}
		return new PolicyException(path(prefix, ex.getPath()), problem);
	}

	/** Jackson's message, in the words of someone editing the file. */
	private static String problem(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "unknown key; the keys here are " + unknown.getKnownPropertyIds();
		}
		if (ex instanceof InvalidFormatException invalid) {
			Class<?> type = invalid.getTargetType();
			if (type != null && type.isEnum()) {
				return "'" + invalid.getValue() + "' is not one of " + List.of(type.getEnumConstants());
			}
			return "'" + invalid.getValue() + "' is not a valid "
					+ ((type != null) ? type.getSimpleName().toLowerCase(java.util.Locale.ROOT) : "value");
		}
		String message = ex.getOriginalMessage();
		if (message.startsWith("Missing creator property")) {
			return "missing";
		}
		if (message.startsWith("Null value for creator property")) {
			return "must have a value";
		}
		// The first sentence is the useful one; the rest names Java classes.
		int cut = message.indexOf(" (class ");
		if (cut < 0) {
			cut = message.indexOf('\n');
		}
		return (cut > 0) ? message.substring(0, cut) : message;
	}

	private static String path(String prefix, List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder(prefix);
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
