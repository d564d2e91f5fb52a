package org.habittracker.adapters.lambda.config;

import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;

/**
 * A {@link Validator} built on first use. Hibernate Validator takes a few hundred classes and a good part of a
 * cold start to build, and only commands (writes) are validated: a cold start whose first request reads never
 * builds it.
 */
final class LazyValidator implements Validator {

    private final Supplier<Validator> factory;
    private volatile Validator validator;

    LazyValidator(Supplier<Validator> factory) {
        this.factory = factory;
    }

    /** Whether it has been built (for tests of the start-up order). */
    boolean built() {
        return validator != null;
    }

    private Validator validator() {
        Validator built = validator;
        if (built == null) {
            synchronized (this) {
                built = validator;
                if (built == null) {
                    built = factory.get();
                    validator = built;
                }
            }
        }
        return built;
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
        return validator().validate(object, groups);
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
        return validator().validateProperty(object, propertyName, groups);
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
            Class<?>... groups) {
        return validator().validateValue(beanType, propertyName, value, groups);
    }

    @Override
    public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
        return validator().getConstraintsForClass(clazz);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return validator().unwrap(type);
    }

    @Override
    public ExecutableValidator forExecutables() {
        return validator().forExecutables();
    }
}
