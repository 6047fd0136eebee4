package org.briefdesk.system;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.util.ObjectUtils;

/**
 * The application context's message source. Briefdesk has no message bundles; Spring's
 * stand-in for that case ({@code DelegatingMessageSource}) lists every locale the JVM knows
 * when its class loads, about a twentieth of a one-shot start. This one answers the same
 * way: the default message when there is one (formatted when it has arguments), else
 * {@link NoSuchMessageException}. If Briefdesk ever ships {@code messages.properties},
 * remove the bean (see {@link PlainMessageSourceConfiguration}).
 */
final class PlainMessageSource implements MessageSource {

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		return defaultMessage == null ? null : render(defaultMessage, args, locale);
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) {
		throw new NoSuchMessageException(code, locale);
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
		String defaultMessage = resolvable.getDefaultMessage();
		if (defaultMessage != null) {
			return render(defaultMessage, resolvable.getArguments(), locale);
		}
		String[] codes = resolvable.getCodes();
		throw new NoSuchMessageException(ObjectUtils.isEmpty(codes) ? "" : codes[codes.length - 1], locale);
	}

	private static String render(String message, Object[] args, Locale locale) {
		if (ObjectUtils.isEmpty(args)) {
			return message;
		}
		return new MessageFormat(message, locale == null ? Locale.getDefault() : locale).format(args);
	}

}
