package vn.tochuc.portal.platform;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A refused request as the error page sees it: no parameters, no query, so that rendering the
 * page never reads what was refused (an unreadable query, an oversized body).
 */
public class RequestWithoutParameters extends HttpServletRequestWrapper {

	public RequestWithoutParameters(HttpServletRequest request) {
		super(request);
	}

	@Override
	public String getParameter(String name) {
		return null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return Map.of();
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.emptyEnumeration();
	}

	@Override
	public String[] getParameterValues(String name) {
		return null;
	}

	@Override
	public String getQueryString() {
		return null;
	}

}
