import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { parse as parseCookies } from 'cookie';
import type { Socket } from 'socket.io';
import {
  runCommand,
  SESSION_COOKIE,
  SessionAuthenticator,
  UnauthenticatedError,
  validatedInput,
} from '@piano2030/api-core';
import {
  CONTRIBUTION_COMMANDS,
  type CommandResult,
  type PostedContribution,
} from '@piano2030/shared-realtime-contracts';
import { ContributionsService } from './contributions.service';
import { PostContributionInput } from './dto/contribution.inputs';

/**
 * Posting from an open socket. A command goes through the same validation, service, per-person
 * rate limit and idempotency as `postContribution` over HTTP; the session is checked again on
 * every command, so a signed-out or revoked session cannot keep posting on an old connection.
 */
@WebSocketGateway({ serveClient: false })
export class ContributionCommandsGateway {
  private readonly logger = new Logger(ContributionCommandsGateway.name);

  constructor(
    private readonly sessions: SessionAuthenticator,
    private readonly contributions: ContributionsService,
  ) {}

  @SubscribeMessage(CONTRIBUTION_COMMANDS.POST)
  post(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: unknown,
  ): Promise<CommandResult<PostedContribution>> {
    return runCommand(this.logger, async () => {
      const token = parseCookies(socket.handshake.headers.cookie ?? '')[SESSION_COOKIE];
      const actor = token ? await this.sessions.authenticate(token) : null;
      if (!actor) throw new UnauthenticatedError();
      const input = await validatedInput(PostContributionInput, body);
      const { contribution, created } = await this.contributions.post(actor, input);
      return { id: contribution.id, status: contribution.status, created };
    });
  }
}
