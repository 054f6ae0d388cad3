package cn.onedoor.casefile;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The files uploaded to each case (table {@code case_upload}, owned by this module), with their
 * bytes in the database so that any node serves them. The one class that reads or writes the table.
 * Other modules (the hand-off e-file) read through {@link #of} and {@link #content}.
 */
@Repository
public class CaseUploads {

  /** One uploaded file without its bytes. */
  public record Upload(long id, String type, String typeLabel, String fileName, String contentType, long size, String sha256,
                       String uploadedBy, OffsetDateTime uploadedAt) {}

  private static final RowMapper<Upload> UPLOAD = (rs, i) -> new Upload(rs.getLong(1), rs.getString(2),
      UploadType.fromCode(rs.getString(2)).map(UploadType::label).orElse(rs.getString(2)), rs.getString(3), rs.getString(4),
      rs.getLong(5), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class));

  private static final String COLUMNS = "id, upload_type, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

  private final JdbcTemplate jdbc;

  CaseUploads(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The case's files, oldest first. */
  public List<Upload> of(String caseNumber) {
    return jdbc.query("select " + COLUMNS + " from case_upload where case_number = ? order by id", UPLOAD, caseNumber);
  }

  /** One file of the case; empty when the case has no file of this id. */
  public Optional<Upload> find(String caseNumber, long id) {
    return jdbc.query("select " + COLUMNS + " from case_upload where case_number = ? and id = ?", UPLOAD, caseNumber, id)
        .stream().findFirst();
  }

  /** The bytes of one file of the case. */
  public Optional<byte[]> content(String caseNumber, long id) {
    return jdbc.query("select content from case_upload where case_number = ? and id = ?", (rs, i) -> rs.getBytes(1),
        caseNumber, id).stream().findFirst();
  }

  int count(String caseNumber) {
    Integer count = jdbc.queryForObject("select count(*) from case_upload where case_number = ?", Integer.class, caseNumber);
    return count == null ? 0 : count;
  }

  /** Stores a checked file; its id. */
  long insert(String caseNumber, UploadType type, String fileName, String contentType, byte[] content, String sha256,
              String uploadedBy, OffsetDateTime at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("""
          insert into case_upload (case_number, upload_type, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      insert.setString(1, caseNumber);
      insert.setString(2, type.code());
      insert.setString(3, fileName);
      insert.setString(4, contentType);
      insert.setLong(5, content.length);
      insert.setString(6, sha256);
      insert.setBytes(7, content);
      insert.setString(8, uploadedBy);
      insert.setObject(9, at);
      return insert;
    }, key);
    return key.getKey().longValue();
  }
}
