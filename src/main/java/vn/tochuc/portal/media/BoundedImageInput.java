package vn.tochuc.portal.media;

import java.io.EOFException;
import java.io.IOException;

import javax.imageio.IIOException;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An upload's bytes as an ImageIO stream that stops a decoder in time. Every read and seek
 * checks a deadline, so a decoder caught in a loop on a crafted file (the WebP and JPEG
 * decoders have had such bugs) is stopped at its next read instead of spinning on; one that
 * keeps reading past the end is stopped too.
 */
final class BoundedImageInput extends ImageInputStreamImpl {

	/** Reads past the end a sane decoder makes while it notices the end; a looping one makes millions. */
	private static final int END_READS_ALLOWED = 4096;

	private final byte[] content;

	private volatile long deadlineNanos;

	private int endReads;

	BoundedImageInput(byte[] content, long deadlineNanos) {
		this.content = content;
		this.deadlineNanos = deadlineNanos;
	}

	/** A new deadline, in {@link System#nanoTime()} terms. */
	void setDeadline(long deadlineNanos) {
		this.deadlineNanos = deadlineNanos;
	}

	@Override
	public int read() throws IOException {
		checkInTime();
		bitOffset = 0;
		if (streamPos >= content.length) {
			return atEnd();
		}
		return content[(int) streamPos++] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		checkInTime();
		bitOffset = 0;
		if (length == 0) {
			return 0;
		}
		if (streamPos >= content.length) {
			return atEnd();
		}
		int count = (int) Math.min(length, content.length - streamPos);
		System.arraycopy(content, (int) streamPos, buffer, offset, count);
		streamPos += count;
		return count;
	}

	@Override
	public void seek(long position) throws IOException {
		checkInTime();
		super.seek(position);
	}

	@Override
	public long length() {
		return content.length;
	}

	private int atEnd() throws IOException {
		if (++endReads > END_READS_ALLOWED) {
			throw new EOFException("The decoder keeps reading past the end of the image");
		}
		return -1;
	}

	private void checkInTime() throws IOException {
		if (System.nanoTime() - deadlineNanos > 0) {
			throw new DecodeTimeExceeded();
		}
		if (Thread.currentThread().isInterrupted()) {
			throw new IIOException("Image decoding interrupted");
		}
	}

	/** The decoder took longer than the time limit; it was stopped. */
	static final class DecodeTimeExceeded extends IIOException {

		DecodeTimeExceeded() {
			super("Image decoding took longer than the time limit");
		}

	}

}
