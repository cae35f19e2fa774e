package com.returnscope.classification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.returnscope.domain.Category;
import com.returnscope.domain.Reason;
import com.returnscope.policy.PolicyException;

/**
 * The learned reason model, a multinomial logistic regression over {@link TextFeatures},
 * scored by a small linear scorer of our own: the library that trains it is far slower
 * per text than a dot product over a few hundred features. The weights file is written by
 * {@code train-model} and holds, big-endian: the magic {@code RSLR}, the format version
 * 1, the hash bits, the labels ({@code CATEGORY/SUBREASON} or {@code UNCLASSIFIED}), then
 * for each hash bucket that has weights its number and one float per label, and last one
 * bias per label.
 */
public final class ReasonModel {

	private static final int MAGIC = 0x52534C52; // "RSLR"

	private static final int FORMAT = 1;

	private final Reason[] labels;

	private final Category[] categories;

	/** The row of each hash bucket in {@link #weights}, or -1. */
	private final int[] rows;

	/** Row-major: one float per label for each row. */
	private final float[] weights;

	private final float[] bias;

	/** Probabilities by label of one text, with what they came from. */
	public record Scores(Reason[] labels, double[] probabilities, int[] buckets) {

		/** The probability of a category: the sum over its subreasons. */
		public double category(Category category) {
			double sum = 0;
			for (int i = 0; i < this.labels.length; i++) {
				if (this.labels[i].category() == category) {
					sum += this.probabilities[i];
				}
			}
			return sum;
		}

		/** The most probable category. */
		public Category bestCategory() {
			Category best = Category.UNCLASSIFIED;
			double most = -1;
			for (Category category : Category.values()) {
				double p = category(category);
				if (p > most) {
					most = p;
					best = category;
				}
			}
			return best;
		}

		/** The most probable reason within a category. */
		public Reason bestReason(Category category) {
			int best = -1;
			for (int i = 0; i < this.labels.length; i++) {
				if (this.labels[i].category() == category
						&& (best < 0 || this.probabilities[i] > this.probabilities[best])) {
					best = i;
				}
			}
			return (best >= 0) ? this.labels[best] : Reason.UNCLASSIFIED;
		}

	}

	private ReasonModel(Reason[] labels, int[] rows, float[] weights, float[] bias) {
		this.labels = labels;
		this.categories = Arrays.stream(labels).map(Reason::category).toArray(Category[]::new);
		this.rows = rows;
		this.weights = weights;
		this.bias = bias;
	}

	/** Reads a weights file; a file of another shape is a policy error. */
	public static ReasonModel read(byte[] bytes) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
				throw new PolicyException("weights", "not a ReturnScope reason model (format " + FORMAT + ")");
			}
			if (in.readInt() != TextFeatures.BITS) {
				throw new PolicyException("weights", "hashed with other bits than " + TextFeatures.BITS);
			}
			Reason[] labels = new Reason[in.readInt()];
			for (int i = 0; i < labels.length; i++) {
				String label = in.readUTF();
				labels[i] = label.equals(Category.UNCLASSIFIED.name()) ? Reason.UNCLASSIFIED : Reason.parse(label);
			}
			int count = in.readInt();
			int[] rows = new int[1 << TextFeatures.BITS];
			Arrays.fill(rows, -1);
			float[] weights = new float[count * labels.length];
			for (int row = 0; row < count; row++) {
				rows[in.readInt()] = row;
				for (int j = 0; j < labels.length; j++) {
					weights[row * labels.length + j] = in.readFloat();
				}
			}
			float[] bias = new float[labels.length];
			for (int j = 0; j < labels.length; j++) {
				bias[j] = in.readFloat();
			}
			return new ReasonModel(labels, rows, weights, bias);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new PolicyException("weights", "cannot be read as a reason model: " + ex.getMessage());
		}
	}

	/**
	 * Writes a weights file: {@code rows[bucket]} holds one weight per label, null for a
	 * bucket without weights.
	 */
	public static byte[] write(List<Reason> labels, float[][] rows, float[] bias) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt(MAGIC);
			out.writeInt(FORMAT);
			out.writeInt(TextFeatures.BITS);
			out.writeInt(labels.size());
			for (Reason label : labels) {
				out.writeUTF(label.toString());
			}
			List<Integer> present = new ArrayList<>();
			for (int bucket = 0; bucket < rows.length; bucket++) {
				if (rows[bucket] != null) {
					present.add(bucket);
				}
			}
			out.writeInt(present.size());
			for (int bucket : present) {
				out.writeInt(bucket);
				for (float weight : rows[bucket]) {
					out.writeFloat(weight);
				}
			}
			for (float b : bias) {
				out.writeFloat(b);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Scores the text's buckets (ascending, distinct). */
	public Scores score(int[] buckets) {
		int n = this.labels.length;
		double[] z = new double[n];
		for (int bucket : buckets) {
			int row = this.rows[bucket];
			if (row >= 0) {
				int offset = row * n;
				for (int j = 0; j < n; j++) {
					z[j] += this.weights[offset + j];
				}
			}
		}
		double value = featureValue(buckets.length);
		double max = Double.NEGATIVE_INFINITY;
		for (int j = 0; j < n; j++) {
			z[j] = z[j] * value + this.bias[j];
			max = Math.max(max, z[j]);
		}
		double sum = 0;
		for (int j = 0; j < n; j++) {
			z[j] = Math.exp(z[j] - max);
			sum += z[j];
		}
		for (int j = 0; j < n; j++) {
			z[j] /= sum;
		}
		return new Scores(this.labels, z, buckets);
	}

	/**
	 * How much a bucket speaks for a category over the others: its weight for the
	 * category's best label less its mean weight.
	 */
	double weightFor(int bucket, Category category) {
		int row = this.rows[bucket];
		if (row < 0) {
			return 0;
		}
		int n = this.labels.length;
		double own = Double.NEGATIVE_INFINITY;
		double mean = 0;
		for (int j = 0; j < n; j++) {
			float w = this.weights[row * n + j];
			mean += w / n;
			if (this.categories[j] == category) {
				own = Math.max(own, w);
			}
		}
		return own - mean;
	}

	/** The feature value the trainer gives each of a text's distinct features. */
	public static double featureValue(int features) {
		return (features > 0) ? 1 / Math.sqrt(features) : 0;
	}

}
