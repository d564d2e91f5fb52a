package org.habittracker.adapters.lambda.json;

import java.util.List;

import org.habittracker.domain.shared.FieldViolation;

/**
 * What the application's command rules (jakarta.validation on the command records) say about a command, asked
 * before the use case runs so that a body with several faults gets one answer naming all of them.
 */
@FunctionalInterface
public interface CommandChecks {

    /** Every rule the command breaks, each naming its field; empty when it passes. */
    List<FieldViolation> violations(Object command);
}
