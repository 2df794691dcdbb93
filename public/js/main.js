// Starts the page: words in the chosen language, the language switch, chat, dashboard and digests at once; the
// Teams check runs alongside and only adds where the tab is open.
import { startChat } from './chat.js';
import { startDashboard } from './dashboard.js';
import { startDigests } from './digests.js';
import { startDocuments } from './documents.js';
import { detectHost, teamsPlace } from './host.js';
import { applyWords, onLanguageChange, setLanguage, t } from './i18n.js';

applyWords(document);
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}
startChat();
startDashboard();
startDigests();
startDocuments();

let place = '';
const context = document.getElementById('host-context');
const showPlace = () => {
  context.hidden = place === '';
  context.textContent = place ? `${t('teamsContext')}: ${place}` : '';
};
onLanguageChange(showPlace);

detectHost().then((found) => {
  if (found.host === 'teams') place = teamsPlace(found.context) || t('teamsContext');
  showPlace();
  document.body.dataset.host = found.host;
});
