package org.duly.domain.workforce;

/**
 * What a worker does, as the practice standards booklet names the roles. Supervision frequency
 *, who may see a child for a child-in-need visit and who completes
 * reflective case reviews depend on it.
 */
public enum WorkerRole {

    /** A qualified social worker past the assessed and supported year (supervised monthly). */
    SOCIAL_WORKER,

    /** A newly qualified social worker in the assessed and supported year in employment (ASYE): supervised fortnightly. */
    NEWLY_QUALIFIED_SOCIAL_WORKER,

    /** A practice supervisor: a social worker who supervises practice and chairs improvement cycle meetings. */
    PRACTICE_SUPERVISOR,

    /** A team manager: signs off assessments, completes reflective case reviews. */
    TEAM_MANAGER,

    /** A head of service: authorises a child becoming looked after. */
    HEAD_OF_SERVICE,

    /** An independent reviewing officer (IRO): chairs looked after reviews. */
    INDEPENDENT_REVIEWING_OFFICER,

    /** A child protection manager: chairs child protection conferences. */
    CHILD_PROTECTION_MANAGER,

    /** An early help practitioner, including family support workers in children's centres. */
    EARLY_HELP_PRACTITIONER,

    /** A senior early help practitioner or children's centre coordinator. */
    SENIOR_EARLY_HELP_PRACTITIONER,

    /** A leaving care worker (personal adviser). */
    LEAVING_CARE_WORKER,

    /** A supervising fostering social worker, who supports foster carers. */
    SUPERVISING_FOSTERING_SOCIAL_WORKER,

    /** A quality assurance manager, who moderates reflective case reviews. */
    QUALITY_ASSURANCE_MANAGER,

    /** Any other member of staff (supervised every 4 to 6 weeks). */
    OTHER_STAFF;

    /**
     * Whether the role is held by a registered social worker, so that a visit by them is a visit
     * "by a social worker". A head of service and a quality assurance manager may be social
     * workers but are not counted as such by role alone.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER.isSocialWorker()).isTrue();
     * assertThat(WorkerRole.EARLY_HELP_PRACTITIONER.isSocialWorker()).isFalse();
     * }</pre>
     *
     * @return true for social workers, practice supervisors, team managers, IROs, child protection
     *     managers and supervising fostering social workers
     */
    public boolean isSocialWorker() {
        return switch (this) {
            case SOCIAL_WORKER, NEWLY_QUALIFIED_SOCIAL_WORKER, PRACTICE_SUPERVISOR, TEAM_MANAGER,
                    INDEPENDENT_REVIEWING_OFFICER, CHILD_PROTECTION_MANAGER, SUPERVISING_FOSTERING_SOCIAL_WORKER -> true;
            default -> false;
        };
    }

    /**
     * Whether the role manages a team or service, and so is allocated reflective case reviews.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(WorkerRole.TEAM_MANAGER.isManager()).isTrue();
     * assertThat(WorkerRole.PRACTICE_SUPERVISOR.isManager()).isFalse();
     * }</pre>
     *
     * @return true for team managers and heads of service
     */
    public boolean isManager() {
        return this == TEAM_MANAGER || this == HEAD_OF_SERVICE;
    }
}
