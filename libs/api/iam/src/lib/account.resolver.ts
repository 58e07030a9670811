import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS, type PublicNameMode } from '@piano2030/shared-domain';
import {
  CurrentActor,
  Public,
  RequirePermission,
  type Actor,
  type RequestContext,
} from '@piano2030/api-core';
import { AccountsService } from './accounts.service';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.input';
import { RegisterInput } from './dto/register.input';
import { PublicNameModeEnum, UserModel } from './models/user.model';
import { SessionCookies } from './session-cookies';
import { clientIp } from './client-ip';

@Resolver(() => UserModel)
export class AccountResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in account, or null' })
  @Public()
  async me(@CurrentActor() actor: Actor | null): Promise<UserModel | null> {
    return actor ? this.accounts.findById(actor.userId) : null;
  }

  @Mutation(() => UserModel)
  @Public()
  async register(@Args('input') input: RegisterInput, @Context() ctx: RequestContext): Promise<UserModel> {
    const { user, session } = await this.accounts.register(input, clientIp(ctx.req));
    this.cookies.set(ctx.res, session);
    return user;
  }

  @Mutation(() => UserModel)
  @Public()
  async login(@Args('input') input: LoginInput, @Context() ctx: RequestContext): Promise<UserModel> {
    const { user, session } = await this.auth.login(input, clientIp(ctx.req));
    this.cookies.set(ctx.res, session);
    return user;
  }

  @Mutation(() => Boolean)
  @RequirePermission(PERMISSIONS.ACCOUNT_SELF)
  async logout(@CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<boolean> {
    await this.auth.logout(actor);
    this.cookies.clear(ctx.res);
    return true;
  }

  @Mutation(() => UserModel, { description: 'Chooses how the signed-in person appears in public' })
  @RequirePermission(PERMISSIONS.ACCOUNT_SELF)
  setPublicNameMode(
    @CurrentActor() actor: Actor,
    @Args('mode', { type: () => PublicNameModeEnum }) mode: PublicNameMode,
  ): Promise<UserModel> {
    return this.accounts.setPublicNameMode(actor, mode);
  }
}
