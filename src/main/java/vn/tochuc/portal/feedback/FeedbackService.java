package vn.tochuc.portal.feedback;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.ReaderPostLimiter;
import vn.tochuc.portal.platform.StaffAction;

/** Receiving readers' messages and the staff inbox. */
@Service
public class FeedbackService {

	static final String FORM = "feedback";

	/** Which messages the inbox shows. */
	public enum Box {
		ALL, UNREAD, READ
	}

	private final FeedbackRepository messages;

	private final ReaderPostLimiter limiter;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FeedbackService(FeedbackRepository messages, ReaderPostLimiter limiter, ApplicationEventPublisher events,
			Clock clock) {
		this.messages = messages;
		this.limiter = limiter;
		this.events = events;
		this.clock = clock;
	}

	/** Saves the message; false (nothing saved) when the address has posted too much lately. */
	@Transactional
	public boolean receive(FeedbackDraft draft, String clientAddress) {
		if (!limiter.tryAcquire(FORM, clientAddress)) {
			return false;
		}
		String phone = StringUtils.hasText(draft.phone()) ? draft.phone().strip() : null;
		messages.save(new FeedbackMessage(draft.name().strip(), draft.email().strip(), phone, draft.subject().strip(),
				draft.body().strip().replace("\r\n", "\n"), clock.instant()));
		return true;
	}

	@Transactional(readOnly = true)
	public Page<FeedbackMessage> inbox(Box box, int page, int size) {
		PageRequest request = PageRequest.of(page, size);
		return switch (box) {
			case ALL -> messages.findNewestFirst(request);
			case UNREAD -> messages.findUnread(request);
			case READ -> messages.findRead(request);
		};
	}

	@Transactional(readOnly = true)
	public long unreadCount() {
		return messages.countByReadAtIsNull();
	}

	/** Opens a message for a staff member: the first opening marks it read. */
	@Transactional
	public FeedbackMessage open(Long id, PortalUser reader) {
		FeedbackMessage message = get(id);
		if (!message.isRead()) {
			message.markRead(reader.id(), clock.instant());
			events.publishEvent(new StaffAction("feedback.read", "feedback", id, message.getSubject()));
			events.publishEvent(new FeedbackMarked(id, true));
		}
		return message;
	}

	@Transactional
	public FeedbackMessage markUnread(Long id) {
		FeedbackMessage message = get(id);
		if (message.isRead()) {
			message.markUnread();
			events.publishEvent(new StaffAction("feedback.unread", "feedback", id, message.getSubject()));
			events.publishEvent(new FeedbackMarked(id, false));
		}
		return message;
	}

	private FeedbackMessage get(Long id) {
		return messages.findById(id).orElseThrow(() -> new NotFoundException("feedback " + id));
	}

}
