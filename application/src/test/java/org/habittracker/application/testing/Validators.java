package org.habittracker.application.testing;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The validator the composition root uses: Hibernate Validator without EL, built once per JVM. */
public final class Validators {
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private Validators() {
    }

    public static Validator validator() {
        return VALIDATOR;
    }
}
