package com.returnscope.job;

/**
 * The output folder cannot take the run's files: it cannot be written, or the run's
 * folder holds something the run does not write. One line naming the folder or the entry;
 * the run publishes nothing.
 */
public class OutputFolderException extends RuntimeException {

	public OutputFolderException(String message) {
		super(message);
	}

}
