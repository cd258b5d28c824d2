package vn.tochuc.portal.audit.web;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.tochuc.portal.accounts.StaffDirectory;
import vn.tochuc.portal.audit.AuditEvent;
import vn.tochuc.portal.audit.AuditLog;

/**
 * The audit log under /admin/audit (administrators only: the URL rule says so). Read-only:
 * there is no endpoint that changes or deletes a line.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditAdminController {

	static final String VIEW = "audit/admin/log";

	static final int PAGE_SIZE = 50;

	private final AuditLog log;

	private final StaffDirectory staff;

	AuditAdminController(AuditLog log, StaffDirectory staff) {
		this.log = log;
		this.staff = staff;
	}

	@GetMapping
	String list(@ModelAttribute("filter") AuditFilterForm form, BindingResult errors, Model model) {
		int page = Math.max(form.getPage(), 1);
		Page<AuditEvent> events = log.search(form.toFilter(errors), page - 1, PAGE_SIZE);
		model.addAttribute("events", events);
		model.addAttribute("pageNumber", page);
		model.addAttribute("actions", log.actions());
		model.addAttribute("targetTypes", log.targetTypes());
		model.addAttribute("staff", staff.all());
		return VIEW;
	}

}
