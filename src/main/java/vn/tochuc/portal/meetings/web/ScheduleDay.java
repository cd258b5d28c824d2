package vn.tochuc.portal.meetings.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import vn.tochuc.portal.meetings.Meeting;

/** One day of the work schedule with its meetings, Monday to Sunday in the department's time zone. */
public record ScheduleDay(LocalDate date, List<Meeting> meetings) {

	static List<ScheduleDay> of(LocalDate monday, List<Meeting> meetings, ZoneId zone) {
		List<ScheduleDay> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			LocalDate date = monday.plusDays(i);
			days.add(new ScheduleDay(date, meetings.stream()
				.filter((meeting) -> meeting.getStartsAt().atZone(zone).toLocalDate().equals(date))
				.toList()));
		}
		return days;
	}

	public int getDayOfWeek() {
		return date.getDayOfWeek().getValue();
	}

	public LocalDate getDate() {
		return date;
	}

	public List<Meeting> getMeetings() {
		return meetings;
	}

}
