package org.habittracker.adapters.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import org.habittracker.adapters.lambda.config.DnsCache;
import org.habittracker.adapters.lambda.config.HabitsConfig;
import org.habittracker.adapters.lambda.config.HabitsRuntime;
import org.habittracker.application.port.in.reminder.SendDueRemindersUseCase;
import org.habittracker.application.port.in.reminder.SendSummary;

/**
 * The reminder scheduler as a second Lambda function (same jar, this handler class): EventBridge Scheduler invokes
 * it every minute, and each invocation sends what is due now ({@link SendDueRemindersUseCase}) and answers a small
 * JSON summary, which also goes to the log. The event itself (a scheduled event's JSON) is read and otherwise
 * ignored: "now" is the clock's, since an invocation may come late or twice; the at-most-once record makes a
 * duplicate invocation harmless. Built from the same {@link HabitsRuntime} as the API, once per container.
 */
public final class ReminderTickHandler implements RequestStreamHandler, AutoCloseable {

    static {
        DnsCache.apply();
    }

    private final HabitsRuntime runtime;

    /** What Lambda calls, once per container: the same configuration and wiring as the API's handler. */
    public ReminderTickHandler() {
        this(System.getenv(), HabitsRuntime.Options.defaults());
    }

    public ReminderTickHandler(Map<String, String> env, HabitsRuntime.Options options) {
        this(HabitsRuntime.start(HabitsConfig.fromEnvironment(env), env, options));
    }

    ReminderTickHandler(HabitsRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        if (input != null) {
            input.readAllBytes(); // the scheduled event: nothing in it is needed
        }
        SendSummary summary = runtime.reminderSender().sendDue(runtime.clock().instant());
        String json = summaryJson(summary);
        System.out.println(json);
        output.write(json.getBytes(StandardCharsets.UTF_8));
        output.flush();
    }

    /** {@code {"configured":true,"due":3,"sent":2,"skipped":1,"gone":0,"failed":0}}. */
    static String summaryJson(SendSummary s) {
        return "{\"configured\":" + s.configured() + ",\"due\":" + s.due() + ",\"sent\":" + s.sent() + ",\"skipped\":"
                + s.skipped() + ",\"gone\":" + s.gone() + ",\"failed\":" + s.failed() + "}";
    }

    @Override
    public void close() {
        runtime.close();
    }
}
