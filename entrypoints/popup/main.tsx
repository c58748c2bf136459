import { render } from 'preact';
import { Popup } from '../../src/ui/components/Popup';
import '../../src/ui/styles.css';

render(<Popup />, document.getElementById('app')!);
