package org.habittracker.adapters.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.habittracker.adapters.lambda.config.HabitsRuntime;
import org.habittracker.adapters.lambda.support.Api;
import org.habittracker.adapters.lambda.support.ApiResponse;
import org.habittracker.adapters.lambda.support.Events;
import org.habittracker.adapters.lambda.support.RealServices;
import org.habittracker.application.port.in.reminder.SendSummary;
import org.habittracker.application.testing.RecordingPushDelivery;

/** The second Lambda function: one scheduled event in, one round of sending, a JSON summary out. */
class ReminderTickHandlerIT {
    private static final String SCHEDULED_EVENT = """
            {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event",
             "source":"aws.events","account":"123456789012","time":"2026-12-06T09:40:00Z","region":"eu-central-1",
             "resources":["arn:aws:events:eu-central-1:123456789012:rule/habits-reminders"],"detail":{}}""";

    private static String invoke(ReminderTickHandler handler) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(SCHEDULED_EVENT.getBytes(StandardCharsets.UTF_8)), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("without push configured it sends nothing and says so")
    void notConfigured() throws IOException {
        try (RealServices.Schema schema = RealServices.freshSchema();
                ReminderTickHandler handler = new ReminderTickHandler(RealServices.environment(schema),
                        HabitsRuntime.Options.defaults())) {
            assertThat(invoke(handler)).isEqualTo(
                    "{\"configured\":false,\"due\":0,\"sent\":0,\"skipped\":0,\"gone\":0,\"failed\":0}");
        }
    }

    @Test
    @DisplayName("with push configured, a due reminder of the database is sent by the invocation, once")
    void sendsWhatIsDue() throws IOException {
        RecordingPushDelivery push = new RecordingPushDelivery();
        Instant sixPm = Instant.parse("2026-12-06T17:00:00Z"); // Sunday, 18:00 in Berlin
        HabitsRuntime.Options options = HabitsRuntime.Options.defaults().withPush(push);
        try (RealServices.Schema schema = RealServices.freshSchema();
                ApiGatewayHandler handler = ApiGatewayHandler.fromEnvironment(RealServices.environment(schema),
                        options.withClock(Clock.fixed(sixPm.minusSeconds(3600), ZoneOffset.UTC)))) {
            Api api = new Api() {
                @Override
                public ApiGatewayHandler handler() {
                    return handler;
                }

                @Override
                public ApiResponse send(APIGatewayV2HTTPEvent event) {
                    return new ApiResponse(handler.handleRequest(event, null));
                }
            };
            String session = api.register("ada");
            String habit = api.createHabit(session, "Stretch");
            assertThat(api.send(Events.request("PUT", "/api/habits/" + habit + "/reminder").session(session)
                    .json("{\"time\":\"18:00\",\"days\":[\"SUNDAY\"]}")).status()).isEqualTo(200);
            assertThat(api.send(Events.request("POST", "/api/push/subscriptions").session(session)
                    .json("{\"endpoint\":\"https://push.example.net/a\",\"keys\":{\"p256dh\":"
                            + "\"BAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\","
                            + "\"auth\":\"AAAAAAAAAAAAAAAAAAAAAA\"}}")).status()).isEqualTo(201);

            try (ReminderTickHandler tick = new ReminderTickHandler(RealServices.environment(schema),
                    options.withClock(Clock.fixed(sixPm.plusSeconds(2), ZoneOffset.UTC)))) {
                assertThat(invoke(tick)).isEqualTo(
                        "{\"configured\":true,\"due\":1,\"sent\":1,\"skipped\":0,\"gone\":0,\"failed\":0}");
                assertThat(invoke(tick)).contains("\"due\":0");
            }
            assertThat(push.sent()).singleElement()
                    .satisfies(sent -> assertThat(sent.message().payloadJson()).contains(habit));
        }
    }

    @Test
    @DisplayName("the summary's JSON names every count")
    void summaryJson() {
        assertThat(ReminderTickHandler.summaryJson(new SendSummary(true, 5, 2, 1, 1, 1)))
                .isEqualTo("{\"configured\":true,\"due\":5,\"sent\":2,\"skipped\":1,\"gone\":1,\"failed\":1}");
    }
}
