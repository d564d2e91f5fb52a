package org.habittracker.adapters.lambda.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The router matches method and normalised path")
class RouterTest {

    private static Route route(String method, String template) {
        return new Route(method, PathTemplate.of(template), Route.Access.PUBLIC, 1, context -> HttpResponse.noContent());
    }

    private final Router router = new Router(List.of(
            route("GET", "/api/habits"), route("POST", "/api/habits"),
            route("GET", "/api/habits/{id}"), route("PATCH", "/api/habits/{id}"),
            route("PUT", "/api/habits/order")));

    @Test
    @DisplayName("a variable segment is captured by name")
    void capturesVariables() {
        var match = router.match("GET", "/api/habits/0199a0b4-1d4e-7c3e-9f10-0123456789ab");

        assertThat(match).isInstanceOfSatisfying(Router.Match.Found.class,
                found -> assertThat(found.variables()).containsEntry("id", "0199a0b4-1d4e-7c3e-9f10-0123456789ab"));
    }

    @Test
    @DisplayName("an unknown path is NoSuchPath")
    void unknownPath() {
        assertThat(router.match("GET", "/api/nothing")).isInstanceOf(Router.Match.NoSuchPath.class);
    }

    @Test
    @DisplayName("a known path with another method lists the allowed ones, HEAD with GET")
    void wrongMethod() {
        assertThat(router.match("DELETE", "/api/habits"))
                .isEqualTo(new Router.Match.WrongMethod("GET, POST, HEAD"));
    }

    @Test
    @DisplayName("a literal segment wins over a variable: /api/habits/order is not a habit id")
    void literalBeatsVariable() {
        assertThat(router.match("PUT", "/api/habits/order")).isInstanceOf(Router.Match.Found.class);
        assertThat(router.match("GET", "/api/habits/order")).isEqualTo(new Router.Match.WrongMethod("PUT"));
    }

    @Test
    @DisplayName("HEAD is answered by the GET route")
    void headIsGet() {
        assertThat(router.match("HEAD", "/api/habits")).isInstanceOfSatisfying(Router.Match.Found.class,
                found -> assertThat(found.route().method()).isEqualTo("GET"));
    }

    @Test
    @DisplayName("empty segments (a doubled or trailing slash) do not count, in a path as in a template")
    void emptySegmentsDoNotCount() {
        assertThat(PathTemplate.segmentsOf("//api/habits//x/")).containsExactly("api", "habits", "x");
        assertThat(router.match("GET", "/api//habits/")).isInstanceOfSatisfying(Router.Match.Found.class,
                found -> assertThat(found.route().path().template()).isEqualTo("/api/habits"));
    }

    @Test
    @DisplayName("a path with more or fewer segments than every template is NoSuchPath")
    void segmentCountMustMatch() {
        assertThat(router.match("GET", "/api/habits/a/b")).isInstanceOf(Router.Match.NoSuchPath.class);
        assertThat(router.match("GET", "/api")).isInstanceOf(Router.Match.NoSuchPath.class);
    }
}
