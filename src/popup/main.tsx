import { render } from 'preact';
import { t, uiLang } from '../shared/i18n';
import { App } from './App';
import './popup.css';

document.documentElement.lang = uiLang();
document.title = t('popup_doc_title');
render(<App />, document.getElementById('app')!);
