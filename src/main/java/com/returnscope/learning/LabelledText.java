package com.returnscope.learning;

import com.returnscope.domain.Category;
import com.returnscope.domain.Reason;

/**
 * One labelled buyer text, as the corpus files hold it (columns
 * {@code id,language,kind,category,subreason,written,text}; see corpus/LABELLING.md).
 */
public record LabelledText(String id, String language, String kind, String category, String subreason, String written,
		String text) {

	/** The label as the model learns it. */
	public Reason reason() {
		return category.equals(Category.UNCLASSIFIED.name()) ? Reason.UNCLASSIFIED
				: new Reason(Category.valueOf(this.category), this.subreason);
	}

}
