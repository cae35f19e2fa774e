package com.returnscope.policy;

import com.returnscope.job.Sha256;

/**
 * The model part: a YAML file that records the learned model's version, how it was
 * trained, and the name and SHA-256 of its weights file. The weights are refused unless
 * they hash to the recorded value, so the model that decides is the one recorded.
 *
 * @param weights the model as the classifier reads it
 * @param sha256 the weights' SHA-256
 */
record ModelPart(Policy.ModelWeights weights, String sha256) {

	/**
	 * The model file as bound from YAML; {@code train-model} writes it.
	 *
	 * @param version the model's version
	 * @param weights the weights file, relative to this file
	 * @param sha256 the weights' SHA-256
	 * @param trainer the library, algorithm and settings that trained it
	 * @param corpus the SHA-256 of the training texts
	 * @param texts how many texts it was trained on
	 */
	record Source(String version, String weights, String sha256, String trainer, String corpus, int texts) {
	}

	static ModelPart read(String location) {
		byte[] bytes = PolicyLoader.read(location);
		Source source = PolicyLoader.within(location, () -> {
			Source bound = PolicyMapper.read(bytes, Source.class);
			PolicyValidator.version(bound.version());
			PolicyValidator.require(bound.weights(), "weights");
			PolicyValidator.require(bound.sha256(), "sha256");
			return bound;
		});
		byte[] weights = PolicyLoader.read(PolicyLoader.sibling(location, source.weights()));
		String sha256 = Sha256.hex(weights);
		if (!sha256.equals(source.sha256())) {
			throw new PolicyException("sha256", source.weights() + " has SHA-256 " + sha256 + ", not the recorded "
					+ source.sha256() + "; train the model again or restore its weights")
				.in(location);
		}
		return new ModelPart(new Policy.ModelWeights(source.version(), weights), sha256);
	}

}
