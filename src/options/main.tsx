import { render } from 'preact';
import { rules } from '../rules';
import { t, uiLang } from '../shared/i18n';
import { Options } from './Options';
import './options.css';

document.documentElement.lang = uiLang();
document.title = t('options_doc_title');
render(<Options rules={rules} />, document.getElementById('app')!);
