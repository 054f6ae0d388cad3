package cn.onedoor.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.OneDoorSpringTest;
import cn.onedoor.support.TestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar holds when two cluster nodes book the same slot at the same moment: both read the
 * calendar before either has committed, so both pass the read; the database's own key on the
 * quarter-hour slots lets exactly one booking through and refuses the other as a clash (400), not
 * as a 500. Proven on PostgreSQL, the cluster's database, with two threads and two transactions.
 */
@OneDoorSpringTest
class SessionCalendarRaceTests {

  static final LocalDateTime TEN = LocalDateTime.of(2027, 3, 15, 10, 0);

  @Autowired SessionCalendar calendar;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void twoNodesBookingTheSameRoomAtOnceLeaveExactlyOneBooking() throws Exception {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "the race is run against PostgreSQL (postgres-test)");
    TransactionTemplate tx = new TransactionTemplate(transactions);
    tx.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    CountDownLatch firstBooked = new CountDownLatch(1);
    CountDownLatch secondRead = new CountDownLatch(1);

    // node 1 books 10:00–11:00 and holds its transaction open until node 2 has read the calendar
    CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
      long id = calendar.book("吉劳调〔2027〕0901号", "in_person", "中心第二调解室", "mediator", TEN, 60, "mediator");
      firstBooked.countDown();
      await(secondRead);
      sleepABit(); // let node 2 reach its insert, which waits for this commit
      return id;
    }));
    // node 2 books 10:30–11:30 in the same room for another mediator: its read cannot see node 1's row yet
    CompletableFuture<Object> second = CompletableFuture.supplyAsync(() -> {
      await(firstBooked);
      try {
        return tx.execute(status -> {
          assertThat(calendar.clash("中心第二调解室", "mediator2", TEN.plusMinutes(30), 60)).as("node 1 not committed yet").isEmpty();
          secondRead.countDown();
          return calendar.book("吉劳调〔2027〕0902号", "in_person", "中心第二调解室", "mediator2", TEN.plusMinutes(30), 60, "mediator2");
        });
      } catch (RuntimeException e) {
        secondRead.countDown();
        return e;
      }
    });

    assertThat(first.get(30, TimeUnit.SECONDS)).isPositive();
    Object outcome = second.get(30, TimeUnit.SECONDS);
    assertThat(outcome).isInstanceOfSatisfying(SessionClashException.class, e -> {
      assertThat(e.field()).isEqualTo("sessionPlace");
      assertThat(e.getMessage()).contains("[OD-400]", "调解室：中心第二调解室该时段刚被其他调解会议占用");
    });
    List<String> booked = jdbc.queryForList("select case_number from session_booking where room = '中心第二调解室'", String.class);
    assertThat(booked).containsExactly("吉劳调〔2027〕0901号");
    assertThat(jdbc.queryForObject("select count(*) from session_slot where resource_id = '中心第二调解室'", Integer.class)).isEqualTo(4);
  }

  @Test
  void adjacentSessionsShareNoSlot() {
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      calendar.book("吉劳调〔2027〕0903号", "in_person", "中心第三调解室", "mediator", TEN, 60, "mediator");
      assertThat(calendar.clash("中心第三调解室", "mediator", TEN.plusHours(1), 30)).isEmpty();
      assertThat(calendar.clash("中心第三调解室", "mediator", TEN.minusMinutes(30), 30)).isEmpty();
      assertThat(calendar.clash("中心第三调解室", null, TEN.plusMinutes(45), 30)).get()
          .extracting(SessionCalendar.Clash::field).isEqualTo("sessionPlace");
      calendar.book("吉劳调〔2027〕0904号", "in_person", "中心第三调解室", "mediator", TEN.plusHours(1), 30, "mediator");
      status.setRollbackOnly();
    });
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other node did not get there");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleepABit() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
