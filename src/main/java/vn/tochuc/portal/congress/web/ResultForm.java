package vn.tochuc.portal.congress.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

import vn.tochuc.portal.congress.CongressResult;
import vn.tochuc.portal.congress.ElectedPerson;
import vn.tochuc.portal.congress.PersonRole;
import vn.tochuc.portal.congress.ResultValues;

/**
 * A congress's results as the form holds them. Shares are typed the Vietnamese way ("45,5") or
 * with a point; people as "Họ tên – Chức vụ", the deputies one per line.
 */
public class ResultForm {

	static final int MAX = 1_000_000;

	@NotNull(message = "{congress.number.required}")
	@Min(value = 0, message = "{congress.rule.negative}")
	@Max(value = MAX, message = "{congress.number.tooLarge}")
	private Integer delegatesSummoned;

	@NotNull(message = "{congress.number.required}")
	@Min(value = 0, message = "{congress.rule.negative}")
	@Max(value = MAX, message = "{congress.number.tooLarge}")
	private Integer delegatesAttending;

	@NotNull(message = "{congress.number.required}")
	@Min(value = 0, message = "{congress.rule.negative}")
	@Max(value = MAX, message = "{congress.number.tooLarge}")
	private Integer executivePlanned;

	@NotNull(message = "{congress.number.required}")
	@Min(value = 0, message = "{congress.rule.negative}")
	@Max(value = MAX, message = "{congress.number.tooLarge}")
	private Integer executiveElected;

	private boolean electedInOneRound;

	@Min(value = 0, message = "{congress.rule.negative}")
	@Max(value = MAX, message = "{congress.number.tooLarge}")
	private Integer standingSize;

	@Min(value = 0, message = "{congress.rule.negative}")
	@Max(value = MAX, message = "{congress.number.tooLarge}")
	private Integer inspectionSize;

	@Min(value = 0, message = "{congress.rule.negative}")
	@Max(value = MAX, message = "{congress.number.tooLarge}")
	private Integer upperDelegates;

	@Size(max = 12, message = "{congress.rule.share}")
	private String womenPercent;

	@Size(max = 12, message = "{congress.rule.share}")
	private String youngPercent;

	@Size(max = 12, message = "{congress.rule.share}")
	private String firstTimePercent;

	@Size(max = 420, message = "{congress.person.tooLong}")
	private String secretary;

	@Size(max = 5000, message = "{congress.person.tooLong}")
	private String deputies;

	@Size(max = 420, message = "{congress.person.tooLong}")
	private String inspectionChair;

	/** The version the form was loaded with; empty when the results are new. */
	private Long version;

	static ResultForm of(CongressResult result) {
		ResultValues values = result.values();
		ResultForm form = new ResultForm();
		form.delegatesSummoned = values.delegatesSummoned();
		form.delegatesAttending = values.delegatesAttending();
		form.executivePlanned = values.executivePlanned();
		form.executiveElected = values.executiveElected();
		form.electedInOneRound = values.electedInOneRound();
		form.standingSize = values.standingSize();
		form.inspectionSize = values.inspectionSize();
		form.upperDelegates = values.upperDelegates();
		form.womenPercent = share(values.womenPercent());
		form.youngPercent = share(values.youngPercent());
		form.firstTimePercent = share(values.firstTimePercent());
		form.secretary = values.secretary() == null ? null : values.secretary().getLabel();
		form.deputies = values.deputies().stream().map(ElectedPerson::getLabel).collect(Collectors.joining("\n"));
		form.inspectionChair = values.inspectionChair() == null ? null : values.inspectionChair().getLabel();
		form.version = result.getVersion();
		return form;
	}

	private static String share(BigDecimal value) {
		return value == null ? null : value.toPlainString().replace('.', ',');
	}

	/** The values, with a field error for every share that is not a number; null if there was one. */
	ResultValues toValues(BindingResult errors) {
		BigDecimal women = parse("womenPercent", womenPercent, errors);
		BigDecimal young = parse("youngPercent", youngPercent, errors);
		BigDecimal firstTime = parse("firstTimePercent", firstTimePercent, errors);
		if (errors.hasErrors()) {
			return null;
		}
		List<ElectedPerson> people = new ArrayList<>();
		add(people, ElectedPerson.parse(PersonRole.SECRETARY, secretary));
		if (deputies != null) {
			for (String line : deputies.split("\\R")) {
				add(people, ElectedPerson.parse(PersonRole.DEPUTY_SECRETARY, line));
			}
		}
		add(people, ElectedPerson.parse(PersonRole.INSPECTION_CHAIR, inspectionChair));
		return new ResultValues(delegatesSummoned, delegatesAttending, executivePlanned, executiveElected,
				electedInOneRound, standingSize, inspectionSize, upperDelegates, women, young, firstTime, people);
	}

	private static void add(List<ElectedPerson> people, ElectedPerson person) {
		if (person != null) {
			people.add(person);
		}
	}

	private static BigDecimal parse(String field, String text, BindingResult errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip().replace("%", "").strip().replace(',', '.');
		if (!value.matches("-?\\d{1,3}(\\.\\d+)?")) {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "congress.rule.share");
			}
			return null;
		}
		return new BigDecimal(value);
	}

	public Integer getDelegatesSummoned() {
		return delegatesSummoned;
	}

	public void setDelegatesSummoned(Integer delegatesSummoned) {
		this.delegatesSummoned = delegatesSummoned;
	}

	public Integer getDelegatesAttending() {
		return delegatesAttending;
	}

	public void setDelegatesAttending(Integer delegatesAttending) {
		this.delegatesAttending = delegatesAttending;
	}

	public Integer getExecutivePlanned() {
		return executivePlanned;
	}

	public void setExecutivePlanned(Integer executivePlanned) {
		this.executivePlanned = executivePlanned;
	}

	public Integer getExecutiveElected() {
		return executiveElected;
	}

	public void setExecutiveElected(Integer executiveElected) {
		this.executiveElected = executiveElected;
	}

	public boolean isElectedInOneRound() {
		return electedInOneRound;
	}

	public void setElectedInOneRound(boolean electedInOneRound) {
		this.electedInOneRound = electedInOneRound;
	}

	public Integer getStandingSize() {
		return standingSize;
	}

	public void setStandingSize(Integer standingSize) {
		this.standingSize = standingSize;
	}

	public Integer getInspectionSize() {
		return inspectionSize;
	}

	public void setInspectionSize(Integer inspectionSize) {
		this.inspectionSize = inspectionSize;
	}

	public Integer getUpperDelegates() {
		return upperDelegates;
	}

	public void setUpperDelegates(Integer upperDelegates) {
		this.upperDelegates = upperDelegates;
	}

	public String getWomenPercent() {
		return womenPercent;
	}

	public void setWomenPercent(String womenPercent) {
		this.womenPercent = womenPercent;
	}

	public String getYoungPercent() {
		return youngPercent;
	}

	public void setYoungPercent(String youngPercent) {
		this.youngPercent = youngPercent;
	}

	public String getFirstTimePercent() {
		return firstTimePercent;
	}

	public void setFirstTimePercent(String firstTimePercent) {
		this.firstTimePercent = firstTimePercent;
	}

	public String getSecretary() {
		return secretary;
	}

	public void setSecretary(String secretary) {
		this.secretary = secretary;
	}

	public String getDeputies() {
		return deputies;
	}

	public void setDeputies(String deputies) {
		this.deputies = deputies;
	}

	public String getInspectionChair() {
		return inspectionChair;
	}

	public void setInspectionChair(String inspectionChair) {
		this.inspectionChair = inspectionChair;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
