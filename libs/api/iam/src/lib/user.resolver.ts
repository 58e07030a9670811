import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { publicNameOf, type GlobalRole } from '@piano2030/shared-domain';
import type { RequestContext } from '@piano2030/api-core';
import { GlobalRoleEnum, UserModel } from './models/user.model';
import { iamLoaders } from './iam.loaders';

@Resolver(() => UserModel)
export class UserResolver {
  @ResolveField(() => [GlobalRoleEnum])
  roles(@Parent() user: UserModel, @Context() ctx: RequestContext): Promise<GlobalRole[]> {
    return iamLoaders(ctx).rolesByUser.load(user.id);
  }

  @ResolveField(() => String, { description: 'How others see the person in public ("S. R." by default)' })
  publicName(@Parent() user: UserModel): string {
    return publicNameOf(user.displayName, user.publicNameMode);
  }
}
