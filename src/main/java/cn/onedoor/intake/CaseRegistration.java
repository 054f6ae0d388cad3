package cn.onedoor.intake;

import cn.onedoor.calendar.LimitationAssessment;
import java.time.LocalDate;
import java.util.List;

/** What registering a case decided: its number and the facts the process needs next. */
public record CaseRegistration(String caseNumber, LocalDate mediationDeadline, LimitationAssessment limitation,
                               List<String> possibleDuplicates, boolean collective) {}
