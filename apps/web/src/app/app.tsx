import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient, i18n } from '@piano2030/web-core';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './routes';

const client = createApolloClient();

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </I18nextProvider>
  );
}
