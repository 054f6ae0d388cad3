package cn.onedoor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /engine-rest/**} and {@code /camunda/api/**}: error answers (status 400 and above) are held
 * back and rewritten by {@link EngineErrorBodies} before they leave; successful answers stream
 * through untouched.
 */
class EngineErrorBodyFilter extends OncePerRequestFilter {

  /** Error bodies are small; one beyond this is cut (and then replaced, being no JSON). */
  private static final int MAX_ERROR_BODY = 256 * 1024;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ErrorHoldingResponse holding = new ErrorHoldingResponse(response);
    // an exception thrown through here goes to the container's error page (no message: server.error.include-message)
    chain.doFilter(request, holding);
    holding.finish(request.getMethod() + " " + request.getRequestURI());
  }

  /** Passes a success through; buffers the body of an error until {@link #finish}. */
  static final class ErrorHoldingResponse extends HttpServletResponseWrapper {

    private ByteArrayOutputStream held;
    private ServletOutputStream stream;
    private PrintWriter writer;

    ErrorHoldingResponse(HttpServletResponse response) {
      super(response);
    }

    private boolean holding() {
      return held != null || getStatus() >= 400;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        ServletOutputStream real = holding() ? null : super.getOutputStream();
        stream = real != null ? real : new HoldingStream();
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        if (holding()) {
          String encoding = getCharacterEncoding();
          writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
              encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        } else {
          writer = super.getWriter();
        }
      }
      return writer;
    }

    @Override
    public void setContentLength(int len) {
      if (!holding()) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (!holding()) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!(holding() && "Content-Length".equalsIgnoreCase(name))) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!(holding() && "Content-Length".equalsIgnoreCase(name))) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!holding()) {
        super.flushBuffer();
      }
    }

    /** Sends the held error body, rewritten where it must be. */
    void finish(String request) throws IOException {
      HttpServletResponse real = (HttpServletResponse) getResponse();
      if (writer != null && held != null) {
        writer.flush();
      }
      int status = real.getStatus();
      boolean nothingWritten = stream == null && writer == null;
      if (real.isCommitted() || !(held != null || (status >= 500 && nothingWritten))) {
        return;
      }
      byte[] body = held == null ? new byte[0] : held.toByteArray();
      EngineErrorBodies.Rewritten rewritten = status >= 400 && (body.length > 0 || status >= 500)
          ? EngineErrorBodies.rewrite(status, body, request) : null;
      if (rewritten != null) {
        real.setStatus(rewritten.status());
        real.setContentType("application/json;charset=UTF-8");
        body = rewritten.body();
      }
      real.setContentLength(body.length);
      real.getOutputStream().write(body);
      real.flushBuffer();
    }

    private final class HoldingStream extends ServletOutputStream {

      HoldingStream() {
        held = new ByteArrayOutputStream();
      }

      @Override
      public void write(int b) {
        if (held.size() < MAX_ERROR_BODY) {
          held.write(b);
        }
      }

      @Override
      public void write(byte[] b, int off, int len) {
        held.write(b, off, Math.max(0, Math.min(len, MAX_ERROR_BODY - held.size())));
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        // held in memory: always ready
      }
    }
  }
}
