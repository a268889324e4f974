import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { API_KEY_SCHEME, BEARER_SCHEME } from './api-authenticated.decorator';
import { ProblemDto } from './api-problems.decorator';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Settle API')
    .setDescription(
      'Text-to-pay for businesses on QuickBooks Online. Authenticate with `Authorization: Bearer <JWT>` ' +
        '(from /api/v1/auth/login) or `X-API-Key: <key>`. Errors are application/problem+json with a stable `code`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, API_KEY_SCHEME)
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [ProblemDto] });
}

export function setupSwagger(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
    customSiteTitle: 'Settle API',
  });
}
