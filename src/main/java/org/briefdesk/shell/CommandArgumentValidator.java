package org.briefdesk.shell;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * The validator Spring Shell runs on every command's arguments before calling it. Starting
 * Hibernate Validator costs tens of milliseconds at every start, and Briefdesk's commands
 * declare no constraints (they check their options themselves and throw
 * {@code UsageException}); so a command whose method carries no {@code @Valid} and no
 * constraint annotation (on the method, its parameters or their type arguments, here or
 * in a supertype) is let through without starting it, and everything else goes to the
 * default Hibernate Validator, built on first use.
 */
final class CommandArgumentValidator implements Validator, ExecutableValidator {

	private final Supplier<Validator> delegate = SingletonSupplier.of(CommandArgumentValidator::buildDefault);

	private final Map<Method, Boolean> constrained = new ConcurrentHashMap<>();

	private static Validator buildDefault() {
		ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
		return factory.getValidator();
	}

	@Override
	public ExecutableValidator forExecutables() {
		return this;
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateParameters(T object, Method method, Object[] parameterValues,
			Class<?>... groups) {
		if (!this.constrained.computeIfAbsent(method, CommandArgumentValidator::declaresConstraints)) {
			return Set.of();
		}
		return this.delegate.get().forExecutables().validateParameters(object, method, parameterValues, groups);
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateReturnValue(T object, Method method, Object returnValue,
			Class<?>... groups) {
		return this.delegate.get().forExecutables().validateReturnValue(object, method, returnValue, groups);
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateConstructorParameters(Constructor<? extends T> constructor,
			Object[] parameterValues, Class<?>... groups) {
		return this.delegate.get()
			.forExecutables()
			.validateConstructorParameters(constructor, parameterValues, groups);
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateConstructorReturnValue(Constructor<? extends T> constructor,
			T createdObject, Class<?>... groups) {
		return this.delegate.get()
			.forExecutables()
			.validateConstructorReturnValue(constructor, createdObject, groups);
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
		return this.delegate.get().validate(object, groups);
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
		return this.delegate.get().validateProperty(object, propertyName, groups);
	}

	@Override
	public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
			Class<?>... groups) {
		return this.delegate.get().validateValue(beanType, propertyName, value, groups);
	}

	@Override
	public BeanDescriptor getConstraintsForClass(Class<?> type) {
		return this.delegate.get().getConstraintsForClass(type);
	}

	@Override
	public <T> T unwrap(Class<T> type) {
		return this.delegate.get().unwrap(type);
	}

	/** Whether the method, or a method it overrides, declares anything a validator checks. */
	static boolean declaresConstraints(Method method) {
		for (Class<?> type : ClassUtils.getAllInterfacesForClassAsSet(method.getDeclaringClass())) {
			if (declaresConstraintsHere(type, method)) {
				return true;
			}
		}
		for (Class<?> type = method.getDeclaringClass(); type != null; type = type.getSuperclass()) {
			if (declaresConstraintsHere(type, method)) {
				return true;
			}
		}
		return false;
	}

	private static boolean declaresConstraintsHere(Class<?> type, Method method) {
		Method declared = ReflectionUtils.findMethod(type, method.getName(), method.getParameterTypes());
		if (declared == null || !declared.getDeclaringClass().equals(type)) {
			return false;
		}
		if (checked(declared.getAnnotations()) || checked(declared.getAnnotatedReturnType())) {
			return true;
		}
		for (Parameter parameter : declared.getParameters()) {
			if (checked(parameter.getAnnotations()) || checked(parameter.getAnnotatedType())) {
				return true;
			}
		}
		return false;
	}

	private static boolean checked(AnnotatedType type) {
		if (checked(type.getAnnotations())) {
			return true;
		}
		if (type instanceof java.lang.reflect.AnnotatedParameterizedType parameterized) {
			for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
				if (checked(argument)) {
					return true;
				}
			}
		}
		if (type instanceof java.lang.reflect.AnnotatedArrayType array) {
			return checked(array.getAnnotatedGenericComponentType());
		}
		return false;
	}

	private static boolean checked(Annotation[] annotations) {
		for (Annotation annotation : annotations) {
			if (annotation instanceof Valid
					|| MergedAnnotations.from(annotation.annotationType(), SearchStrategy.DIRECT)
						.isPresent(Constraint.class)
					|| checked(repeated(annotation))) {
				return true;
			}
		}
		return false;
	}

	/** The annotations inside a container of repeated ones ({@code @Size.List}), else none. */
	private static Annotation[] repeated(Annotation annotation) {
		Method value = ReflectionUtils.findMethod(annotation.annotationType(), "value");
		if (value != null && value.getReturnType().isArray()
				&& value.getReturnType().getComponentType().isAnnotation()) {
			ReflectionUtils.makeAccessible(value);
			return (Annotation[]) ReflectionUtils.invokeMethod(value, annotation);
		}
		return new Annotation[0];
	}

}
