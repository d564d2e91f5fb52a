package org.habittracker.adapters.localhttp;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages, as problem documents instead of HTML or text. Jetty answers by itself twice: a request it
 * cannot parse at all ({@link #badMessageError}: a bad request line, headers too large), and one it parsed but
 * refuses before any handler runs ({@link #handle}: {@code %2e%2e}, {@code %00}, an encoded slash in the path). The
 * server's and the servlet context's handler are both this one, so no request gets Jetty's own page.
 */
final class ProblemErrorHandler extends ErrorHandler {

    @Override
    public boolean errorPageForMethod(String method) {
        return true; // Jetty's default answers a PUT or DELETE with an empty body
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = response.getStatus();
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            status = code;
        }
        HttpResponseSnapshot problem = EdgeProblems.response(EdgeProblems.forStatus(status));
        response.setStatus(problem.status());
        problem.headers().forEach((name, values) -> values.forEach(value -> response.setHeader(name, value)));
        response.setContentLength(problem.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(problem.body());
        }
        baseRequest.setHandled(true);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        HttpResponseSnapshot problem = EdgeProblems.response(EdgeProblems.forStatus(status));
        problem.headers().forEach((name, values) -> fields.put(name, List.copyOf(values)));
        return ByteBuffer.wrap(problem.body());
    }
}
