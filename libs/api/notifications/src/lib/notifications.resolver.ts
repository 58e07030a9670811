import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequirePermission, type Actor } from '@piano2030/api-core';
import { PERMISSIONS } from '@piano2030/shared-domain';
import {
  MarkNotificationsReadArgs,
  NotificationsArgs,
  SetNotificationPreferencesInput,
} from './dto/notification.inputs';
import { toNotificationModel } from './models/notification.mappers';
import { NotificationPageModel, NotificationPreferencesModel } from './models/notification.model';
import { NotificationsService } from './notifications.service';

/** The signed-in person's notifications and e-mail choices: their own only. */
@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationPageModel, { description: 'My notifications, newest first, with my unread count' })
  @RequirePermission(PERMISSIONS.ACCOUNT_SELF)
  async notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs) {
    const { rows, ...page } = await this.service.page(actor, args);
    return { nodes: rows.map(toNotificationModel), ...page };
  }

  @Query(() => Int, { description: 'How many of my notifications are unread (the badge)' })
  @RequirePermission(PERMISSIONS.ACCOUNT_SELF)
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.unreadCount(actor);
  }

  @Mutation(() => Int, {
    description: 'Marks my notifications read, by id or all; returns how many were unread',
  })
  @RequirePermission(PERMISSIONS.ACCOUNT_SELF)
  markNotificationsRead(@CurrentActor() actor: Actor, @Args() args: MarkNotificationsReadArgs) {
    return this.service.markRead(actor, args);
  }

  @Query(() => NotificationPreferencesModel, { description: 'How each kind also reaches me by e-mail' })
  @RequirePermission(PERMISSIONS.ACCOUNT_SELF)
  notificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferencesModel> {
    return this.service.preferences(actor);
  }

  @Mutation(() => NotificationPreferencesModel, {
    description: 'Chooses, per kind, e-mails at once, in a daily digest or none; kinds left out stay',
  })
  @RequirePermission(PERMISSIONS.ACCOUNT_SELF)
  setNotificationPreferences(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetNotificationPreferencesInput,
  ): Promise<NotificationPreferencesModel> {
    return this.service.setPreferences(actor, input);
  }
}
