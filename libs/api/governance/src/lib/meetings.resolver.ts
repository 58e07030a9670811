import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, RequireBodyRole, type Actor } from '@piano2030/api-core';
import { MeetingsService } from './meetings.service';
import { RecordAttendanceInput } from './dto/record-attendance.input';
import { ApproveMinutesInput, DraftMinutesInput } from './dto/minutes.input';
import { ScheduleMeetingInput } from './dto/schedule-meeting.input';
import { MeetingModel } from './models/meeting.model';

@Resolver()
export class MeetingsResolver {
  constructor(private readonly meetings: MeetingsService) {}

  @Query(() => MeetingModel, { description: 'A meeting; its draft minutes only for the body members' })
  @Public()
  meeting(@Args('id', { type: () => ID }) id: string): Promise<MeetingModel> {
    return this.meetings.get(id);
  }

  @Mutation(() => MeetingModel, {
    description: 'Convenes a meeting with its agenda (the chair); notifies the members',
  })
  @RequireBodyRole('SCHEDULE_MEETING')
  scheduleMeeting(
    @CurrentActor() actor: Actor,
    @Args('input') input: ScheduleMeetingInput,
  ): Promise<MeetingModel> {
    return this.meetings.schedule(actor, input);
  }

  @Mutation(() => MeetingModel, {
    description: 'Opens the meeting (the chair), from an hour before its start',
  })
  @RequireBodyRole('START_MEETING')
  startMeeting(
    @CurrentActor() actor: Actor,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<MeetingModel> {
    return this.meetings.start(actor, meetingId);
  }

  @Mutation(() => MeetingModel, { description: 'Closes the meeting (the chair) once its votes are closed' })
  @RequireBodyRole('CLOSE_MEETING')
  closeMeeting(
    @CurrentActor() actor: Actor,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<MeetingModel> {
    return this.meetings.close(actor, meetingId);
  }

  @Mutation(() => MeetingModel, { description: 'Records attendance (the secretary or the chair)' })
  @RequireBodyRole('RECORD_ATTENDANCE')
  recordAttendance(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordAttendanceInput,
  ): Promise<MeetingModel> {
    return this.meetings.recordAttendance(actor, input);
  }

  @Mutation(() => MeetingModel, { description: 'Writes the draft minutes (the secretary)' })
  @RequireBodyRole('DRAFT_MINUTES')
  draftMinutes(@CurrentActor() actor: Actor, @Args('input') input: DraftMinutesInput): Promise<MeetingModel> {
    return this.meetings.draftMinutes(actor, input);
  }

  @Mutation(() => MeetingModel, {
    description: 'Records the approval of minutes at a later meeting (the chair)',
  })
  @RequireBodyRole('APPROVE_MINUTES')
  approveMinutes(
    @CurrentActor() actor: Actor,
    @Args('input') input: ApproveMinutesInput,
  ): Promise<MeetingModel> {
    return this.meetings.approveMinutes(actor, input);
  }
}
