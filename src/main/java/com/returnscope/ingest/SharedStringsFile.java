package com.returnscope.ingest;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;

/**
 * A workbook's shared strings (the texts its cells refer to by number) kept in temporary
 * files and mapped into memory, not on the heap: a sheet of a million rows can share a
 * million distinct texts, which POI's own tables hold as Java strings. Each text is one
 * UTF-8 run in one file, its start an 8-byte offset in another.
 */
final class SharedStringsFile implements Closeable {

	private final Path strings;

	private final Path offsets;

	private final MappedByteBuffer stringData;

	private final MappedByteBuffer offsetData;

	private final int count;

	private SharedStringsFile(Path strings, Path offsets, MappedByteBuffer stringData, MappedByteBuffer offsetData,
			int count) {
		this.strings = strings;
		this.offsets = offsets;
		this.stringData = stringData;
		this.offsetData = offsetData;
		this.count = count;
	}

	/** Reads the shared-strings part once, streaming; none when the workbook has none. */
	static SharedStringsFile read(@Nullable InputStream xml) throws IOException, XMLStreamException {
		Path strings = Files.createTempFile("returnscope-strings", ".bin");
		Path offsets = Files.createTempFile("returnscope-offsets", ".bin");
		try {
			int count = 0;
			try (OutputStream text = new BufferedOutputStream(Files.newOutputStream(strings), 64 * 1024);
					DataOutputStream starts = new DataOutputStream(
							new BufferedOutputStream(Files.newOutputStream(offsets), 64 * 1024))) {
				if (xml != null) {
					long position = 0;
					XMLStreamReader reader = XMLHelper.newXMLInputFactory().createXMLStreamReader(xml);
					StringBuilder item = new StringBuilder();
					boolean phonetic = false;
					while (reader.hasNext()) {
						int event = reader.next();
						if (event == XMLStreamConstants.START_ELEMENT) {
							String name = reader.getLocalName();
							if (name.equals("si")) {
								item.setLength(0);
							}
							else if (name.equals("rPh")) {
								phonetic = true; // a reading aid for East Asian text, not
													// the text
							}
							else if (name.equals("t") && !phonetic) {
								item.append(reader.getElementText());
							}
						}
						else if (event == XMLStreamConstants.END_ELEMENT) {
							String name = reader.getLocalName();
							if (name.equals("rPh")) {
								phonetic = false;
							}
							else if (name.equals("si")) {
								byte[] bytes = item.toString().getBytes(StandardCharsets.UTF_8);
								starts.writeLong(position);
								text.write(bytes);
								position += bytes.length;
								count++;
							}
						}
					}
					reader.close();
				}
			}
			return new SharedStringsFile(strings, offsets, map(strings), map(offsets), count);
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			Files.deleteIfExists(strings);
			Files.deleteIfExists(offsets);
			throw ex;
		}
	}

	private static MappedByteBuffer map(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			if (channel.size() > Integer.MAX_VALUE) {
				throw new IOException("the workbook's shared strings take more than 2 GB");
			}
			return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
		}
	}

	/**
	 * The text of shared string {@code index}; null when the workbook has no such one.
	 */
	@Nullable String get(int index) {
		if (index < 0 || index >= this.count) {
			return null;
		}
		int start = (int) this.offsetData.getLong(index * 8);
		int end = (index + 1 < this.count) ? (int) this.offsetData.getLong((index + 1) * 8) : this.stringData.limit();
		byte[] bytes = new byte[end - start];
		ByteBuffer slice = this.stringData.duplicate();
		slice.position(start);
		slice.get(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		try {
			Files.deleteIfExists(this.strings);
			Files.deleteIfExists(this.offsets);
		}
		catch (IOException ex) {
			this.strings.toFile().deleteOnExit();
			this.offsets.toFile().deleteOnExit();
		}
	}

}
