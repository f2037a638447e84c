package io.baocao.extract.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Where a task or an indicator stands. */
@JsonPropertyOrder({"type", "doc", "page", "section", "text", "subject", "status", "raw", "lead", "partners", "deadline"})
public final class StatusRecord extends Record {
    public String subject;
    public String status;
    public String raw;
    public String lead;
    public List<String> partners;
    public String deadline;

    @Override
    public RecordType type() {
        return RecordType.STATUS;
    }
}
