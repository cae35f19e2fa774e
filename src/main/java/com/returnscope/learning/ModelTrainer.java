package com.returnscope.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.returnscope.classification.ReasonModel;
import com.returnscope.classification.TextFeatures;
import com.returnscope.domain.Category;
import com.returnscope.domain.Reason;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the reason model with Tribuo: multinomial logistic regression (log loss) by
 * stochastic gradient descent with AdaGrad, over the hashed features of
 * {@link TextFeatures}, each worth 1/sqrt(features of the text). The examples are given
 * in corpus order and Tribuo shuffles them with a fixed seed, so the same texts give the
 * same weights, byte for byte.
 */
public final class ModelTrainer {

	/** Passes over the training texts. */
	static final int EPOCHS = 20;

	static final long SEED = 20261207L;

	/** Examples per gradient step. */
	static final int MINIBATCH = 8;

	static final double LEARNING_RATE = 0.3;

	/** How the model was trained, as the model file records it. */
	static final String DESCRIPTION = "Tribuo 4.3.2 LinearSGDTrainer(LogMulticlass, AdaGrad(" + LEARNING_RATE
			+ ", 1e-6), epochs=" + EPOCHS + ", minibatch=" + MINIBATCH + ", seed=" + SEED + ") over TextFeatures ("
			+ TextFeatures.BITS + "-bit hashed word 1-2-grams and character n-grams)";

	private final TextFeatures features;

	public ModelTrainer(TextFeatures features) {
		this.features = features;
	}

	/** The trained Tribuo model, kept to check the exported weights against. */
	public LinearSGDModel trainTribuo(List<LabelledText> texts) {
		LabelFactory labels = new LabelFactory();
		MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("corpus", labels), labels);
		// A text with no features (emoji, punctuation) teaches nothing, and Tribuo
		// refuses it.
		texts.stream()
			.filter((text) -> this.features.buckets(text.text()).length > 0)
			.forEach((text) -> dataset.add(example(text.text(), new Label(text.reason().toString()))));
		LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(LEARNING_RATE, 1e-6), EPOCHS,
				Integer.MAX_VALUE, MINIBATCH, SEED);
		return (LinearSGDModel) trainer.train(dataset);
	}

	/** The example Tribuo is given for a text, in training and when predicting. */
	public Example<Label> example(String text, Label label) {
		int[] buckets = this.features.buckets(text);
		String[] names = new String[buckets.length];
		double[] values = new double[buckets.length];
		double value = ReasonModel.featureValue(buckets.length);
		for (int i = 0; i < buckets.length; i++) {
			names[i] = Integer.toString(buckets[i]);
			values[i] = value;
		}
		return new ArrayExample<>(label, names, values);
	}

	/** Trains and exports the weights in the scorer's format. */
	public byte[] train(List<LabelledText> texts) {
		return export(trainTribuo(texts));
	}

	/** Tribuo's weights as the scorer reads them, labels in name order. */
	public static byte[] export(LinearSGDModel model) {
		ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
		ImmutableFeatureMap featureMap = model.getFeatureIDMap();
		DenseMatrix weights = model.getWeightsCopy(); // outputs x (features + bias)
		List<Label> labels = new ArrayList<>();
		outputs.getDomain().forEach(labels::add);
		labels.sort(Comparator.comparing(Label::getLabel));
		int[] outputIds = labels.stream().mapToInt(outputs::getID).toArray();
		float[][] rows = new float[1 << TextFeatures.BITS][];
		featureMap.forEach((info) -> {
			int id = featureMap.getID(info.getName());
			float[] row = new float[outputIds.length];
			for (int j = 0; j < outputIds.length; j++) {
				row[j] = (float) weights.get(outputIds[j], id);
			}
			rows[Integer.parseInt(info.getName())] = row;
		});
		float[] bias = new float[outputIds.length];
		int biasColumn = featureMap.size();
		for (int j = 0; j < outputIds.length; j++) {
			bias[j] = (float) weights.get(outputIds[j], biasColumn);
		}
		List<Reason> reasons = labels.stream().map((label) -> reason(label.getLabel())).toList();
		return ReasonModel.write(reasons, rows, bias);
	}

	private static Reason reason(String label) {
		return label.equals(Category.UNCLASSIFIED.name()) ? Reason.UNCLASSIFIED : Reason.parse(label);
	}

}
