package vn.tochuc.portal.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears a data directory of a PostgreSQL that an earlier portal left behind (its JVM was
 * killed, so nobody stopped the postmaster), before a new one starts there.
 *
 * <p>Called only while holding the {@link DataDirectoryLock}: no live portal owns the directory
 * then, so any postgres process working in it is a leftover. A process counts as one when its
 * command is {@code postgres} and its working directory (PostgreSQL changes into its data
 * directory) is this one: a pid in {@code postmaster.pid} that now belongs to some other
 * program is never touched, and that stale file is removed so PostgreSQL does not refuse to
 * start because of it. The postmaster gets a fast shutdown (SIGINT: clients cut off, a
 * checkpoint, a clean stop); what is still there after that is killed, and PostgreSQL's own
 * recovery makes the data consistent on the next start.
 */
final class OrphanPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);

	private static final Path PROC = Path.of("/proc");

	private static final long SHUTDOWN_WAIT_SECONDS = 60;

	private OrphanPostmaster() {
	}

	/** @return whether a leftover server was found (and stopped) */
	static boolean stopIn(Path dataDirectory) throws IOException, InterruptedException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isDirectory(dataDirectory)) {
			return false;
		}
		Optional<Long> recorded = recordedPid(pidFile);
		List<ProcessHandle> leftovers = postgresProcessesIn(dataDirectory, recorded);
		if (leftovers.isEmpty()) {
			if (recorded.isPresent() && Files.isDirectory(PROC)) {
				// Stale: that pid is dead or is some other program now. PostgreSQL would refuse to
				// start over a live one ("Is another postmaster running?").
				log.info("Removing the stale {}: pid {} is gone, or is another program now", pidFile, recorded.get());
				Files.deleteIfExists(pidFile);
			}
			return false;
		}
		Optional<ProcessHandle> postmaster = leftovers.stream()
			.filter((p) -> recorded.isPresent() && p.pid() == recorded.get())
			.findFirst();
		log.warn("A PostgreSQL left running on {} by an earlier portal ({}) is being stopped before this one starts",
				dataDirectory, postmaster.map((p) -> "postmaster pid " + p.pid())
					.orElse(leftovers.size() + " server processes without their postmaster"));
		if (postmaster.isPresent()) {
			fastShutdown(postmaster.get().pid());
			if (!waitForExit(List.of(postmaster.get()), SHUTDOWN_WAIT_SECONDS)) {
				log.warn("The leftover postmaster {} did not stop within {} s; killing it", postmaster.get().pid(),
						SHUTDOWN_WAIT_SECONDS);
				postmaster.get().destroyForcibly();
			}
		}
		// A postmaster's children leave on their own once it is gone; those that do not are killed.
		if (!waitForExit(leftovers, 10)) {
			leftovers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
			if (!waitForExit(leftovers, 10)) {
				throw new IllegalStateException("PostgreSQL processes left by an earlier portal on " + dataDirectory
						+ " could not be stopped: " + leftovers.stream().filter(ProcessHandle::isAlive).toList());
			}
		}
		log.info("The leftover PostgreSQL on {} is stopped", dataDirectory);
		return true;
	}

	/**
	 * The postgres processes working in this directory: on Linux every one whose cwd is it, so a
	 * postmaster killed with its children still running is found too; elsewhere the recorded pid
	 * when it is a postgres.
	 */
	static List<ProcessHandle> postgresProcessesIn(Path dataDirectory, Optional<Long> recordedPid) throws IOException {
		Path real = dataDirectory.toRealPath();
		List<ProcessHandle> found = new ArrayList<>();
		if (Files.isDirectory(PROC)) {
			try (Stream<Path> entries = Files.list(PROC)) {
				for (Path entry : (Iterable<Path>) entries::iterator) {
					String name = entry.getFileName().toString();
					if (name.chars().allMatch(Character::isDigit) && isPostgresIn(entry, real)) {
						ProcessHandle.of(Long.parseLong(name)).ifPresent(found::add);
					}
				}
			}
		}
		else if (recordedPid.isPresent()) {
			ProcessHandle.of(recordedPid.get())
				.filter((p) -> p.info().command().map((c) -> Path.of(c).getFileName().toString().startsWith("postgres")).orElse(false))
				.ifPresent(found::add);
		}
		return found;
	}

	private static boolean isPostgresIn(Path proc, Path dataDirectory) {
		try {
			return Files.readString(proc.resolve("comm"), StandardCharsets.UTF_8).trim().equals("postgres")
					&& Files.readSymbolicLink(proc.resolve("cwd")).equals(dataDirectory);
		}
		catch (IOException | SecurityException ex) {
			return false; // gone meanwhile, or another user's
		}
	}

	static Optional<Long> recordedPid(Path pidFile) throws IOException {
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try (Stream<String> lines = Files.lines(pidFile, StandardCharsets.US_ASCII)) {
			return lines.findFirst().map(String::trim).filter((l) -> l.matches("\\d{1,10}")).map(Long::valueOf);
		}
	}

	/** SIGINT, PostgreSQL's fast shutdown; Java itself can only send SIGTERM (a smart shutdown) or SIGKILL. */
	static void fastShutdown(long pid) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("/bin/sh", "-c", "kill -INT \"$1\"", "sh", Long.toString(pid))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
		}
	}

	private static boolean waitForExit(List<ProcessHandle> processes, long seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (processes.stream().anyMatch(ProcessHandle::isAlive)) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(100);
		}
		return true;
	}

}
