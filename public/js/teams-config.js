// The configurable tab's settings page (team and group chat): nothing to choose, so it is valid at once and saves
// the tab pointing at the main page. Outside Teams it says so instead of waiting.
import { detectHost } from './host.js';

const status = document.getElementById('config-status');

detectHost().then((found) => {
  document.body.dataset.host = found.host;
  if (found.host !== 'teams') {
    status.textContent = 'Šo lapu atver Teams, pievienojot cilni. / Teams opens this page when the tab is added.';
    return;
  }
  const { pages } = window.microsoftTeams;
  const origin = window.location.origin;
  pages.config.registerOnSaveHandler((save) => {
    pages.config
      .setConfig({
        entityId: 'deadlines',
        contentUrl: `${origin}/?host=teams`,
        websiteUrl: `${origin}/`,
        suggestedDisplayName: 'Termiņi',
      })
      .then(() => save.notifySuccess())
      .catch((error) => save.notifyFailure(String(error)));
  });
  pages.config.setValidityState(true);
});
