package org.duly.casefile;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.duly.domain.events.CaseEventType;

/** What a message about an unknown event type says was expected: every known case-file name, sorted. */
final class KnownTypes {

    /** The tail of an unknown type's message in a child's case file: Duly's own 90-odd types. */
    static final String CHILD_CASE = "; expected one of: " + Arrays.stream(CaseEventType.values())
            .map(CaseEventType::caseFileName).sorted().collect(Collectors.joining(", "));

    /** The tail of an unknown type's message in a complaint's file, written out. */
    static final String COMPLAINT = "; expected one of: complaintAcknowledged, complaintExtended, complaintReceived,"
            + " complaintResolved, complaintResponse, escalationRequested, reviewPanelHeld";

    private KnownTypes() {
    }
}
