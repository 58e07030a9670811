import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError, isUuid } from '@piano2030/api-core';
import { BodyEntity } from './entities/body.entity';

@Injectable()
export class BodiesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<BodyEntity[]> {
    return this.dataSource.getRepository(BodyEntity).find({ order: { position: 'ASC' } });
  }

  async get(id: string): Promise<BodyEntity> {
    const body = isUuid(id) ? await this.dataSource.getRepository(BodyEntity).findOneBy({ id }) : null;
    if (!body) throw new NotFoundError('Body', id);
    return body;
  }
}
