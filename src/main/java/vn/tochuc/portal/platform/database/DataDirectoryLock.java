package vn.tochuc.portal.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on {@code data/postgres.lock}, held while the portal runs its
 * PostgreSQL on that directory. Only its holder may start, stop or clear up a postmaster there,
 * so two portals (or a portal and a restore) never work on one data directory, and a postmaster
 * found while holding it can only be a leftover. The system drops the lock when the process
 * dies, however it dies, so a crash never leaves it taken.
 */
final class DataDirectoryLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** {@code data/postgres} is guarded by {@code data/postgres.lock}. */
	static Path fileFor(Path postgresDirectory) {
		return postgresDirectory.resolveSibling(postgresDirectory.getFileName() + ".lock");
	}

	/** @throws IllegalStateException when another process (or another server in this one) holds it */
	static DataDirectoryLock acquire(Path postgresDirectory) throws IOException {
		Path file = fileFor(postgresDirectory);
		Files.createDirectories(file.getParent());
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		catch (IOException | RuntimeException ex) {
			channel.close();
			throw ex;
		}
		if (lock == null) {
			channel.close();
			throw new IllegalStateException("The data directory " + postgresDirectory.getParent()
					+ " is in use by another running portal (or a backup or restore): " + file
					+ " is locked. Stop that one first, or give this one its own PORTAL_DATA_DIR.");
		}
		return new DataDirectoryLock(channel, lock);
	}

	@Override
	public void close() throws IOException {
		try {
			lock.release();
		}
		finally {
			channel.close();
		}
	}

}
