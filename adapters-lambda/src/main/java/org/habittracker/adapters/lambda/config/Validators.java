package org.habittracker.adapters.lambda.config;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate Validator named directly (no provider look-up) with {@link ParameterMessageInterpolator}:
 * messages with {@code {min}}-style parameters but no Expression Language, which would cost start-up
 * time and a dependency for nothing our messages use.
 */
public final class Validators {

    private Validators() {
    }

    /** Built on first use ({@link LazyValidator}): what the composition root wires. */
    public static Validator lazy() {
        return new LazyValidator(Validators::create);
    }

    public static Validator create() {
        return Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
    }
}
