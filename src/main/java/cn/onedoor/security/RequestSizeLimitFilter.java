package cn.onedoor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above a limit on {@code /api/**}, {@code /engine-rest/**} and
 * {@code /camunda/api/**} with 413 and a Chinese JSON message, before anything reads them: at once
 * from {@code Content-Length}, and for a body without one (chunked) by counting while it is read, the
 * read failing as soon as the limit is passed. Deployments (models with their forms) get a larger limit.
 * Once the 413 is written, whatever the application still tries to answer is dropped.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(RequestSizeLimitFilter.class);
  /** {@code /engine-rest/deployment/create}, also of a named engine, and the webapps' engine API door. */
  static final Pattern DEPLOYMENT = Pattern.compile(
      "/engine-rest(/engine/[^/]+)?/deployment/create/?|/camunda/api/engine/engine/[^/]+/deployment/create/?");

  /** {@code POST /api/imports/cases}: a centre's register, as large as a model deployment may be. */
  static final Pattern IMPORT = Pattern.compile("/api/imports/cases/?");

  /** {@code POST /api/cases/{caseNumber}/uploads}: one file of a case (casefile), multipart. */
  static final Pattern UPLOAD = Pattern.compile("/api/cases/[^/]+/uploads/?");

  /** What a multipart upload carries besides its file: boundaries, part headers, the type field. */
  static final long MULTIPART_OVERHEAD = 64 * 1024;

  private final long maxBody;
  private final long maxDeployment;
  private final long maxUpload;

  RequestSizeLimitFilter(RequestLimitsProperties limits) {
    this.maxBody = limits.maxBody().toBytes();
    this.maxDeployment = limits.maxDeployment().toBytes();
    this.maxUpload = limits.maxUpload().toBytes();
  }

  /** The limit of a request by its path within the application (decoded and normalized by the container). */
  long limitOf(String path) {
    if (UPLOAD.matcher(path).matches()) {
      return maxUpload + MULTIPART_OVERHEAD;
    }
    return DEPLOYMENT.matcher(path).matches() || IMPORT.matcher(path).matches() ? maxDeployment : maxBody;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    long limit = limitOf(path);
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      log.info("Refused {} {} from {}: body of {} bytes over the limit of {}", request.getMethod(), path,
          request.getRemoteAddr(), declared, limit);
      if (UPLOAD.matcher(path).matches()) {
        response.setHeader("Connection", "close");
        ApiErrorResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "file_too_large",
            "文件过大：每个文件最多 " + readable(maxUpload) + "，请压缩或分开上传。");
      } else {
        tooLarge(response, limit);
      }
      return;
    }
    if (declared >= 0) {
      // the container never reads past Content-Length
      chain.doFilter(request, response);
      return;
    }
    SealableResponse sealable = new SealableResponse(response);
    try {
      chain.doFilter(new CountingRequest(request, limit, sealable), sealable);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!sealable.sealed) {
        throw e;
      }
      // the application gave up reading the body we cut off: the 413 is already on its way
    }
  }

  static void tooLarge(HttpServletResponse response, long limit) throws IOException {
    response.setHeader("Connection", "close");
    ApiErrorResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "payload_too_large",
        "请求内容过大：最多 " + readable(limit) + "，请缩减后重试。");
  }

  static String readable(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }

  /** Thrown to the reader of a body that passed the limit. */
  static final class RequestTooLargeException extends IOException {
    RequestTooLargeException(long limit) {
      super("Request body over the limit of " + limit + " bytes");
    }
  }

  /** A request whose body stream fails once more than {@code limit} bytes were read from it. */
  private static final class CountingRequest extends HttpServletRequestWrapper {

    private final long limit;
    private final SealableResponse response;
    private ServletInputStream stream;
    private BufferedReader reader;

    CountingRequest(HttpServletRequest request, long limit, SealableResponse response) {
      super(request);
      this.limit = limit;
      this.response = response;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingInputStream(super.getInputStream());
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }

    private final class CountingInputStream extends ServletInputStream {

      private final ServletInputStream in;
      private long count;

      CountingInputStream(ServletInputStream in) {
        this.in = in;
      }

      @Override
      public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
          counted(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
          counted(n);
        }
        return n;
      }

      private void counted(int n) throws IOException {
        count += n;
        if (count > limit) {
          if (!response.sealed) {
            log.info("Refused {} {} from {}: chunked body passed the limit of {} bytes", getMethod(), getRequestURI(),
                getRemoteAddr(), limit);
            response.sealWith413(limit);
          }
          throw new RequestTooLargeException(limit);
        }
      }

      @Override
      public boolean isFinished() {
        return in.isFinished();
      }

      @Override
      public boolean isReady() {
        return in.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
      }
    }
  }

  /** A response that, once sealed with the 413, ignores everything the application still does to it. */
  static final class SealableResponse extends HttpServletResponseWrapper {

    private volatile boolean sealed;
    private ServletOutputStream discard;

    SealableResponse(HttpServletResponse response) {
      super(response);
    }

    void sealWith413(long limit) throws IOException {
      HttpServletResponse real = (HttpServletResponse) getResponse();
      if (!real.isCommitted()) {
        real.reset();
        tooLarge(real, limit);
        real.flushBuffer();
      }
      sealed = true;
    }

    @Override
    public void setStatus(int sc) {
      if (!sealed) {
        super.setStatus(sc);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!sealed) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!sealed) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setContentType(String type) {
      if (!sealed) {
        super.setContentType(type);
      }
    }

    @Override
    public void setContentLength(int len) {
      if (!sealed) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (!sealed) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      if (!sealed) {
        super.sendError(sc, msg);
      }
    }

    @Override
    public void sendError(int sc) throws IOException {
      if (!sealed) {
        super.sendError(sc);
      }
    }

    @Override
    public void reset() {
      if (!sealed) {
        super.reset();
      }
    }

    @Override
    public void resetBuffer() {
      if (!sealed) {
        super.resetBuffer();
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!sealed) {
        super.flushBuffer();
      }
    }

    /** Streams taken before the seal write through (the application reads its body before it answers). */
    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return sealed ? new DiscardingOutputStream() : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      return sealed ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
    }

    private static final class DiscardingOutputStream extends ServletOutputStream {

      @Override
      public void write(int b) {
        // sealed: the 413 is the answer
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        // nothing is ever written
      }
    }
  }
}
