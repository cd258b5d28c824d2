package vn.tochuc.portal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per username and per client address, in memory. Too many failures lock
 * the username (or block the address) for a while; the lock is never extended by attempts made
 * while it lasts, so the real user is kept out for at most {@code lockout}. Usernames that do
 * not exist are counted exactly like real ones, so the answers never tell them apart.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/** A bound on memory: past it, old entries are dropped and new keys are not counted. */
	static final int MAX_TRACKED_KEYS = 100_000;

	/** Long typed usernames are cut before they become keys. */
	static final int MAX_KEY_LENGTH = 100;

	private final Clock clock;

	private final Counter accounts;

	private final Counter addresses;

	/**
	 * Wrong second-factor codes per username. Kept apart from the password failures on purpose: a
	 * right password clears those, and must not give someone who knows it a fresh set of guesses
	 * at the code. Wrong codes also count against the client address, with wrong passwords.
	 */
	private final Counter codes;

	LoginThrottle(Clock clock, LoginThrottleProperties settings) {
		this.clock = clock;
		this.accounts = new Counter("account", settings.accountFailures(), settings.window(), settings.lockout());
		this.addresses = new Counter("address", settings.addressFailures(), settings.window(), settings.lockout());
		this.codes = new Counter("second-factor code", settings.accountFailures(), settings.window(), settings.lockout());
	}

	/** How long this attempt has to wait: zero when it may go ahead. */
	Duration waitFor(String username, String address) {
		Instant now = clock.instant();
		Duration account = accounts.lockedFor(accountKey(username), now);
		Duration client = addresses.lockedFor(addressKey(address), now);
		return account.compareTo(client) >= 0 ? account : client;
	}

	/**
	 * Notes a refused attempt; true only for the first refusal of a lock, so that an attacker
	 * hammering a locked account does not also fill the audit log.
	 */
	boolean firstRefusal(String username, String address) {
		Instant now = clock.instant();
		boolean account = accounts.firstRefusal(accountKey(username), now);
		boolean client = addresses.firstRefusal(addressKey(address), now);
		return account || client;
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		accounts.fail(accountKey(username), now);
		addresses.fail(addressKey(address), now);
	}

	/** A success clears the account's failures (not the address's: one good account must not
	 * let an address go on guessing others). */
	void succeeded(String username) {
		accounts.clear(accountKey(username));
	}

	/** After an administrator sets a new password or resets the second factor, its owner may log in at once. */
	void forget(String username) {
		accounts.clear(accountKey(username));
		codes.clear(accountKey(username));
	}

	/** How long a second-factor code for this account, from this address, has to wait: zero when it may be checked. */
	Duration codeWaitFor(String username, String address) {
		Instant now = clock.instant();
		Duration account = codes.lockedFor(accountKey(username), now);
		Duration client = addresses.lockedFor(addressKey(address), now);
		return account.compareTo(client) >= 0 ? account : client;
	}

	void codeFailed(String username, String address) {
		Instant now = clock.instant();
		codes.fail(accountKey(username), now);
		addresses.fail(addressKey(address), now);
	}

	/** A right code clears the account's wrong codes (not its address's, as for passwords). */
	void codeSucceeded(String username) {
		codes.clear(accountKey(username));
	}

	static String accountKey(String username) {
		String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
	}

	private static String addressKey(String address) {
		return address == null ? "" : address;
	}

	/** Failures per key in a sliding window, and the locks they lead to. */
	static final class Counter {

		private final String name;

		private final int limit;

		private final Duration window;

		private final Duration lockout;

		private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

		private final AtomicInteger writes = new AtomicInteger();

		Counter(String name, int limit, Duration window, Duration lockout) {
			this.name = name;
			this.limit = limit;
			this.window = window;
			this.lockout = lockout;
		}

		Duration lockedFor(String key, Instant now) {
			Entry entry = entries.get(key);
			return entry != null && entry.lockedAt(now) ? Duration.between(now, entry.lockedUntil()) : Duration.ZERO;
		}

		boolean firstRefusal(String key, Instant now) {
			boolean[] first = { false };
			entries.computeIfPresent(key, (k, entry) -> {
				if (entry.lockedAt(now) && !entry.refusalSeen()) {
					first[0] = true;
					return new Entry(entry.failures(), entry.lockedUntil(), true);
				}
				return entry;
			});
			return first[0];
		}

		void fail(String key, Instant now) {
			if (!entries.containsKey(key) && entries.size() >= MAX_TRACKED_KEYS) {
				purge(now);
				if (entries.size() >= MAX_TRACKED_KEYS) {
					log.warn("Login throttle: {} keys already tracked, not counting a new {}", entries.size(), name);
					return;
				}
			}
			entries.compute(key, (k, entry) -> {
				if (entry != null && entry.lockedAt(now)) {
					return entry;
				}
				List<Instant> recent = new ArrayList<>(limit);
				if (entry != null) {
					entry.failures().stream().filter((at) -> at.isAfter(now.minus(window))).forEach(recent::add);
				}
				recent.add(now);
				if (recent.size() >= limit) {
					log.info("Login throttle: {} locked for {} after {} failures", name, lockout, recent.size());
					return new Entry(List.of(), now.plus(lockout), false);
				}
				return new Entry(List.copyOf(recent), null, false);
			});
			if (writes.incrementAndGet() % 1_000 == 0) {
				purge(now);
			}
		}

		void clear(String key) {
			entries.remove(key);
		}

		void purge(Instant now) {
			Instant horizon = now.minus(window);
			entries.entrySet().removeIf((e) -> e.getValue().expiredAt(now, horizon));
		}

		int size() {
			return entries.size();
		}

	}

	/** Immutable, replaced as a whole inside {@link ConcurrentHashMap#compute}. */
	record Entry(List<Instant> failures, Instant lockedUntil, boolean refusalSeen) {

		boolean lockedAt(Instant now) {
			return lockedUntil != null && now.isBefore(lockedUntil);
		}

		boolean expiredAt(Instant now, Instant horizon) {
			return !lockedAt(now) && failures.stream().noneMatch((at) -> at.isAfter(horizon));
		}

	}

}
