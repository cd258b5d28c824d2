package vn.tochuc.portal.platform.database;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small shell process that outlives a killed JVM and stops the postmaster it leaves behind.
 *
 * <p>pg_ctl starts the postmaster outside the JVM's process tree, so a JVM killed with SIGKILL
 * (or by the OOM killer) leaves it running with nobody to stop it. The watchdog polls the JVM's
 * pid once a second; when the JVM is gone and the postmaster is still the PostgreSQL of this
 * data directory, it sends SIGINT, PostgreSQL's fast shutdown (a clean stop with a checkpoint).
 * It ends by itself when the postmaster stops first, as it does at every normal shutdown.
 * Should the watchdog itself be killed too, the next start clears the leftover
 * ({@link OrphanPostmaster}).
 */
final class PostmasterWatchdog implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PostmasterWatchdog.class);

	/**
	 * $1 the JVM's pid, $2 the postmaster's, $3 the data directory (real path). Hang-ups and
	 * Ctrl+C of the terminal are ignored: the watchdog goes only with the JVM or the postmaster.
	 */
	private static final String SCRIPT = """
			trap '' HUP INT
			ours() {
			  if [ -d /proc ]; then [ "$(readlink "/proc/$2/cwd" 2>/dev/null)" = "$3" ]; else kill -0 "$2" 2>/dev/null; fi
			}
			while kill -0 "$1" 2>/dev/null; do
			  kill -0 "$2" 2>/dev/null || exit 0
			  sleep 1
			done
			if ours "$@"; then kill -INT "$2"; fi
			""";

	private final Process process;

	private PostmasterWatchdog(Process process) {
		this.process = process;
	}

	static PostmasterWatchdog start(long watchedPid, long postmasterPid, Path dataDirectory) throws IOException {
		Process process = new ProcessBuilder("/bin/sh", "-c", SCRIPT, "postmaster-watchdog", Long.toString(watchedPid),
				Long.toString(postmasterPid), dataDirectory.toRealPath().toString())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectErrorStream(true)
			.start();
		log.debug("Watchdog {} stops postmaster {} should process {} die", process.pid(), postmasterPid, watchedPid);
		return new PostmasterWatchdog(process);
	}

	boolean isAlive() {
		return process.isAlive();
	}

	long pid() {
		return process.pid();
	}

	@Override
	public void close() {
		process.destroy();
	}

}
