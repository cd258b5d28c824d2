package vn.tochuc.portal.meetings.web;

import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tochuc.portal.meetings.InvalidMeetingException;
import vn.tochuc.portal.meetings.Meeting;
import vn.tochuc.portal.meetings.MeetingDetails;
import vn.tochuc.portal.meetings.MeetingFilter;
import vn.tochuc.portal.meetings.MeetingFormat;
import vn.tochuc.portal.meetings.MeetingKind;
import vn.tochuc.portal.meetings.MeetingRules;
import vn.tochuc.portal.meetings.MeetingService;
import vn.tochuc.portal.meetings.MeetingStatus;
import vn.tochuc.portal.meetings.StaleMeetingException;
import vn.tochuc.portal.platform.ErrorPages;

/** Meetings as records, for editors and administrators. */
@Controller
@RequestMapping("/admin/meetings")
class MeetingAdminController {

	static final String FORM_VIEW = "meetings/admin/form";

	private final MeetingService meetings;

	MeetingAdminController(MeetingService meetings) {
		this.meetings = meetings;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) MeetingKind kind,
			@RequestParam(required = false) MeetingStatus status, @RequestParam(defaultValue = "1") int page,
			Model model) {
		MeetingFilter filter = new MeetingFilter(year, kind, status, null, null);
		model.addAttribute("meetings", meetings.search(filter, Math.max(page, 1) - 1, 20));
		model.addAttribute("filter", filter);
		model.addAttribute("years", meetings.years());
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("statuses", MeetingStatus.values());
		model.addAttribute("pageNumber", Math.max(page, 1));
		return "meetings/admin/list";
	}

	@GetMapping("/new")
	String newMeeting(Model model) {
		return showForm(new MeetingForm(), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		MeetingDetails details = checked(form, errors);
		if (errors.hasErrors()) {
			return showForm(form, null, model);
		}
		Meeting saved = meetings.create(details);
		return redirectToEdit(saved, redirect);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		Meeting meeting = meetings.get(id);
		return showForm(MeetingForm.of(meeting, meetings.zone()), meeting, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		MeetingDetails details = checked(form, errors);
		if (errors.hasErrors()) {
			return showForm(form, meetings.get(id), model);
		}
		return redirectToEdit(meetings.update(id, form.getVersion(), details), redirect);
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		Meeting cancelled = meetings.cancel(id, version);
		redirect.addFlashAttribute("flashMessage", "meeting.flash.cancelled");
		redirect.addFlashAttribute("flashArgs", new Object[] { cancelled.getTitle() });
		return "redirect:/admin/meetings/" + id + "/edit";
	}

	@ExceptionHandler(StaleMeetingException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String stale(Model model) {
		return ErrorPages.show(model, HttpStatus.CONFLICT, "meeting.stale");
	}

	@ExceptionHandler(InvalidMeetingException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	String invalid(Model model) {
		return ErrorPages.show(model, HttpStatus.UNPROCESSABLE_CONTENT, "meeting.invalid");
	}

	/** Field checks beyond the annotations: times that parse, end after start, bridge points only online. */
	private MeetingDetails checked(MeetingForm form, BindingResult errors) {
		MeetingDetails details = form.toDetails(meetings.zone());
		if (form.getStartsAt() != null && !form.getStartsAt().isBlank() && details.startsAt() == null) {
			errors.rejectValue("startsAt", "meeting.time.invalid");
		}
		if (form.getEndsAt() != null && !form.getEndsAt().isBlank() && details.endsAt() == null) {
			errors.rejectValue("endsAt", "meeting.time.invalid");
		}
		for (Map.Entry<String, String> problem : MeetingRules.problems(details).entrySet()) {
			if (!errors.hasFieldErrors(problem.getKey())) {
				errors.rejectValue(problem.getKey(), problem.getValue());
			}
		}
		return details;
	}

	private String showForm(MeetingForm form, Meeting meeting, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("meeting", meeting);
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("formats", MeetingFormat.values());
		model.addAttribute("statuses", MeetingStatus.values());
		model.addAttribute("people", meetings.people());
		model.addAttribute("organisations", meetings.organisations());
		return FORM_VIEW;
	}

	private static String redirectToEdit(Meeting saved, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashMessage", "meeting.flash.saved");
		redirect.addFlashAttribute("flashArgs", new Object[] { saved.getTitle() });
		return "redirect:/admin/meetings/" + saved.getId() + "/edit";
	}

}
