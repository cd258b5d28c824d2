package vn.tochuc.portal.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The anti-spam rules shared by the readers' forms (comments and "Góp ý"): at most
 * {@value #LIMIT} posts per client address and form in {@link #WINDOW}, and a hidden honeypot
 * field that people never fill in.
 *
 * <p>The counts live in memory only: a restart forgets them (harmless for a ten-minute window),
 * and with several application instances each one counts on its own.
 */
@Component
public class ReaderPostLimiter {

	public static final int LIMIT = 3;

	public static final Duration WINDOW = Duration.ofMinutes(10);

	/** The honeypot's field name in every reader form: hidden from people, tempting to bots. */
	public static final String HONEYPOT_FIELD = "website";

	private final Clock clock;

	private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

	public ReaderPostLimiter(Clock clock) {
		this.clock = clock;
	}

	/** True when a bot filled in the hidden field. */
	public static boolean isBot(String honeypotValue) {
		return StringUtils.hasText(honeypotValue);
	}

	/**
	 * Takes one post from the address's allowance for the form; false (and nothing taken) when
	 * the allowance for the current window is used up.
	 */
	public boolean tryAcquire(String form, String clientAddress) {
		long now = clock.millis();
		long since = now - WINDOW.toMillis();
		Deque<Long> times = recent.computeIfAbsent(form + "|" + clientAddress, (key) -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst() <= since) {
				times.pollFirst();
			}
			if (times.size() >= LIMIT) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

	/** Drops the addresses whose posts are all older than the window, so memory stays small. */
	@Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
	public void forgetOld() {
		long since = clock.millis() - WINDOW.toMillis();
		recent.entrySet().removeIf((entry) -> {
			Deque<Long> times = entry.getValue();
			synchronized (times) {
				return times.isEmpty() || times.peekLast() <= since;
			}
		});
	}

}
